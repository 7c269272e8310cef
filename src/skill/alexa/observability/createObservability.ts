import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Observability } from './Observability.js';

/** Powertools Logger and Metrics with the service's names; POWERTOOLS_* variables still override. */
export function createObservability(): Observability {
  const serviceName = process.env.POWERTOOLS_SERVICE_NAME || 'dbvoice';
  return {
    logger: new Logger({ serviceName }),
    metrics: new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE || 'dbvoice', serviceName }),
  };
}

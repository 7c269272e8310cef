import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { SkillEnvironment } from '../../../contract/SkillEnvironment.js';
import type { Observability } from './Observability.js';

/** Powertools Logger and Metrics with the service's names; POWERTOOLS_* variables still override. */
export function createObservability(): Observability {
  const serviceName = process.env[SkillEnvironment.powertoolsServiceName] || 'dbvoice';
  const namespace = process.env[SkillEnvironment.powertoolsMetricsNamespace] || 'dbvoice';
  return { logger: new Logger({ serviceName }), metrics: new Metrics({ namespace, serviceName }) };
}

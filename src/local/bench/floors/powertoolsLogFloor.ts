import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/**
 * Cold-start reference: Powertools Logger and Metrics created as the skill creates them, writing one request
 * line and one latency metric, with no ask-sdk and no AWS client. What the project's logging library costs by
 * itself; the skill pays it on every answer, Launch included.
 */
export async function handler(): Promise<{ version: string; response: Record<string, never> }> {
  const logger = new Logger({ serviceName: 'dbvoice' });
  const metrics = new Metrics({ namespace: 'dbvoice', serviceName: 'dbvoice' });
  logger.info('Request answered', {
    requestId: 'bench',
    intent: 'LaunchRequest',
    durationMs: 1,
    awsCalls: [],
  });
  metrics.addDimension('intent', 'LaunchRequest');
  metrics.addMetric('latency', MetricUnit.Milliseconds, 1);
  metrics.publishStoredMetrics();
  return { version: '1.0', response: {} };
}

import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { AwsCallRecord } from '../../../aws/AwsCallRecorder.js';
import type { Observability } from './Observability.js';

/**
 * One structured line per request (intent, Region slot id, duration, AWS calls, whether the session
 * stays open) and a latency metric per intent. Written after ask-sdk returns, so error answers are logged
 * too. Slot transcripts are not logged: they can hold what people say near the device.
 */
export function logAnsweredRequest(
  observability: Observability,
  envelope: RequestEnvelope,
  response: ResponseEnvelope | undefined,
  durationMs: number,
  calls: readonly AwsCallRecord[],
): void {
  const request = envelope.request;
  const intent = request.type === 'IntentRequest' ? request.intent.name : request.type;
  const regionId =
    request.type === 'IntentRequest'
      ? request.intent.slots?.region?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value?.id
      : undefined;
  observability.logger.info(response ? 'Request answered' : 'Request failed', {
    requestId: request.requestId,
    intent,
    region: regionId,
    durationMs: Math.round(durationMs),
    awsCalls: calls.map((c) => `${c.service}:${c.operation}:${c.region}${c.ok ? '' : ':failed'}`),
    awsCallCount: calls.length,
    directives: response?.response.directives?.map((d) => d.type),
    endSession: response?.response.shouldEndSession,
  });
  observability.metrics.addDimension('intent', intent);
  observability.metrics.addMetric('latency', MetricUnit.Milliseconds, durationMs);
  observability.metrics.publishStoredMetrics();
}

import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { ResponseInterceptor } from 'ask-sdk-core';
import type { AwsCallRecorder } from '../../aws/AwsCallRecorder.js';
import type { Observability } from '../observability/Observability.js';
import type { RequestContext } from '../RequestContext.js';

/**
 * One structured line per request (intent, Region slot id, duration, AWS calls) and a latency metric per
 * intent. Slot transcripts are not logged: they can hold what people say near the device.
 */
export function loggingResponseInterceptor(
  observability: Observability,
  recorder: AwsCallRecorder,
): ResponseInterceptor {
  return {
    process(input) {
      const context = input.attributesManager.getRequestAttributes().dbvoice as RequestContext | undefined;
      const request = input.requestEnvelope.request;
      const intent = request.type === 'IntentRequest' ? request.intent.name : request.type;
      const regionId =
        request.type === 'IntentRequest'
          ? request.intent.slots?.region?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value?.id
          : undefined;
      const durationMs = context ? context.now() - context.startedAt : undefined;
      const calls = recorder.calls();
      observability.logger.info('Request answered', {
        requestId: request.requestId,
        intent,
        region: regionId,
        durationMs,
        awsCalls: calls.map((c) => `${c.service}:${c.operation}:${c.region}${c.ok ? '' : ':failed'}`),
        awsCallCount: calls.length,
      });
      if (durationMs !== undefined) {
        observability.metrics.addDimension('intent', intent);
        observability.metrics.addMetric('latency', MetricUnit.Milliseconds, durationMs);
        observability.metrics.publishStoredMetrics();
      }
    },
  };
}

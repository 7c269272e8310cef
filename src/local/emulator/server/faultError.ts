import type { FaultRuleInput } from '../control/FaultRule.js';
import { AwsError } from '../core/AwsError.js';
import type { ServiceDescriptor } from '../services/ServiceDescriptor.js';

/** The error an injected fault answers with, in the service's own codes. */
export function faultError(
  service: ServiceDescriptor,
  fault: NonNullable<FaultRuleInput['error']>,
): AwsError {
  switch (fault) {
    case 'throttling':
      return new AwsError({ code: service.faultCodes.throttling, message: 'Rate exceeded', status: 400 });
    case 'internal':
      return new AwsError({
        code: service.faultCodes.internal,
        message: 'An internal error has occurred. Please try your query again at a later time.',
        status: 500,
      });
    case 'unavailable':
      return new AwsError({
        code: service.faultCodes.unavailable,
        message: 'The service is temporarily unavailable.',
        status: 503,
      });
    default:
      return new AwsError({
        code: fault.code,
        message: fault.message ?? `Injected ${fault.code}`,
        status: fault.status ?? 400,
      });
  }
}

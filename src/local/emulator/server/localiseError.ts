import { AwsError } from '../core/AwsError.js';
import type { ServiceDescriptor } from '../services/ServiceDescriptor.js';

/**
 * The shared input readers throw the query protocol's generic codes (MissingParameter, ValidationError);
 * JSON services call the same failure ValidationException, and CloudWatch has its own modelled shapes.
 */
export function localiseError(service: ServiceDescriptor, error: AwsError): AwsError {
  if (error.code !== 'MissingParameter' && error.code !== 'ValidationError') return error;
  if (service.json?.queryCompatible) {
    return error.code === 'MissingParameter'
      ? new AwsError({
          code: 'MissingParameter',
          shapeName: 'MissingRequiredParameterException',
          message: error.message,
        })
      : new AwsError({
          code: 'InvalidParameterValue',
          shapeName: 'InvalidParameterValueException',
          message: error.message,
        });
  }
  if (service.json)
    return new AwsError({ code: 'ValidationException', message: error.message, status: error.status });
  return error;
}

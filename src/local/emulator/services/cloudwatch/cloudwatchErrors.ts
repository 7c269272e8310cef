import { AwsError } from '../../core/AwsError.js';

/**
 * CloudWatch is awsQueryCompatible: the query code (InvalidParameterValue) travels in x-amzn-query-error and
 * the modelled shape name (InvalidParameterValueException) in __type.
 */
export const cloudwatchErrors = {
  invalidParameterValue: (message: string) =>
    new AwsError({ code: 'InvalidParameterValue', shapeName: 'InvalidParameterValueException', message }),
  invalidParameterCombination: (message: string) =>
    new AwsError({
      code: 'InvalidParameterCombination',
      shapeName: 'InvalidParameterCombinationException',
      message,
    }),
  missingParameter: (message: string) =>
    new AwsError({ code: 'MissingParameter', shapeName: 'MissingRequiredParameterException', message }),
  invalidNextToken: () =>
    new AwsError({ code: 'InvalidNextToken', shapeName: 'InvalidNextToken', message: 'Invalid NextToken' }),
} as const;

import { AwsError } from '../../core/AwsError.js';

export const dynamodbErrors = {
  tableNotFound: (name: string) =>
    new AwsError({
      code: 'ResourceNotFoundException',
      message: `Requested resource not found: Table: ${name} not found`,
    }),
  tableInUse: (name: string) =>
    new AwsError({ code: 'ResourceInUseException', message: `Table already exists: ${name}` }),
  validation: (message: string) => new AwsError({ code: 'ValidationException', message }),
  conditionFailed: () =>
    new AwsError({ code: 'ConditionalCheckFailedException', message: 'The conditional request failed' }),
} as const;

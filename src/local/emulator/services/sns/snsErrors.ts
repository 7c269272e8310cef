import { AwsError } from '../../core/AwsError.js';

export const snsErrors = {
  notFound: (message = 'Topic does not exist') => new AwsError({ code: 'NotFound', message, status: 404 }),
  invalidParameter: (message: string) => new AwsError({ code: 'InvalidParameter', message, status: 400 }),
  invalidNextToken: () =>
    new AwsError({ code: 'InvalidParameter', message: 'Invalid parameter: NextToken', status: 400 }),
} as const;

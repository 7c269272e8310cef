import { AwsError } from '../../core/AwsError.js';

export const stsErrors = {
  accessDenied: (message: string) => new AwsError({ code: 'AccessDenied', message, status: 403 }),
  validation: (message: string) => new AwsError({ code: 'ValidationError', message, status: 400 }),
} as const;

import { AwsCallFailed, type AwsFailureReason } from './AwsCallFailed.js';

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'AuthorizationError',
  'UnauthorizedOperation',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'ExpiredToken',
  'ExpiredTokenException',
]);
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'ProvisionedThroughputExceededException',
]);
const TIMED_OUT = new Set(['TimeoutError', 'AbortError', 'RequestTimeout', 'RequestTimeoutException']);

interface SdkErrorShape {
  name?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
}

/** Which user-facing failure an SDK error is, or undefined when it is a service-specific fault. */
export function classifyAwsError(error: unknown): AwsFailureReason | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { name = '', code = '', $metadata } = error as SdkErrorShape;
  if (ACCESS_DENIED.has(name) || ACCESS_DENIED.has(code)) return 'accessDenied';
  if (THROTTLED.has(name) || THROTTLED.has(code) || $metadata?.httpStatusCode === 429) return 'throttled';
  if (TIMED_OUT.has(name) || TIMED_OUT.has(code)) return 'timedOut';
  const status = $metadata?.httpStatusCode ?? 0;
  if (status >= 500 || code === 'ECONNREFUSED' || code === 'ECONNRESET') return 'unavailable';
  return undefined;
}

/**
 * Runs one AWS call and turns access, throttling, timeout and outage errors into AwsCallFailed so a
 * single error handler can answer them; service-specific faults (DBInstanceNotFoundFault...) pass through
 * for the caller to interpret.
 */
export async function callAws<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const reason = classifyAwsError(error);
    if (reason) throw new AwsCallFailed(reason, operation, { cause: error });
    throw error;
  }
}

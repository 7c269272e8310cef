import { AwsCallFailed } from '../../aws/AwsCallFailed.js';
import type { Deadline } from './Deadline.js';

/**
 * The work's result, or AwsCallFailed('timedOut') as soon as the request's deadline passes, whichever comes
 * first. The work itself goes on (a warm cache may still keep it); the answer no longer waits for it.
 */
export async function untilDeadline<T>(work: Promise<T>, deadline: Deadline, operation: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new AwsCallFailed('timedOut', operation)),
      Math.max(0, deadline.remainingMs()),
    );
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

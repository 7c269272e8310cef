import { AwsCallFailed } from '../../aws/AwsCallFailed.js';
import type { Deadline } from './Deadline.js';
import { untilDeadline } from './untilDeadline.js';

/**
 * The work's result until the deadline, or the AwsCallFailed that ended it as a value: one Region's failed
 * read becomes that Region's "unread" while the others' answers stand. Any other error still throws.
 */
export async function resultOrFailure<T>(
  work: Promise<T>,
  deadline: Deadline,
  operation: string,
): Promise<T | AwsCallFailed> {
  try {
    return await untilDeadline(work, deadline, operation);
  } catch (error) {
    if (!(error instanceof AwsCallFailed)) throw error;
    return error;
  }
}

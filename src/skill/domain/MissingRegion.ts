import type { AwsFailureReason } from '../../aws/AwsCallFailed.js';

/**
 * A Region left out of an answer: it failed, or did not answer before the request's deadline. Every
 * multi-Region (or deadline-bound) result carries these, so the answer can say it is partial.
 */
export interface MissingRegion {
  readonly region: string;
  readonly reason: AwsFailureReason;
}

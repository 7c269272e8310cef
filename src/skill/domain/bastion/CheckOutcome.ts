import type { CheckOutput } from './CheckOutput.js';

/**
 * How a bastion check ended within the request: its result, or still running when the answer was due
 * (`notifying`: the runner will e-mail the result through SNS).
 */
export type CheckOutcome =
  | { readonly state: 'done'; readonly output: CheckOutput }
  | { readonly state: 'running'; readonly notifying: boolean };

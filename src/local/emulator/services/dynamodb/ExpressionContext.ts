import type { AttributeValue } from '../../state/RegionState.js';

/** ExpressionAttributeNames and ExpressionAttributeValues of a request. */
export interface ExpressionContext {
  readonly names: Readonly<Record<string, string>>;
  readonly values: Readonly<Record<string, AttributeValue>>;
}

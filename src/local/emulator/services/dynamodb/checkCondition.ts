import { read } from '../../core/read.js';
import type { WireInput } from '../../core/WireValue.js';
import type { Item } from '../../state/RegionState.js';
import { dynamodbErrors } from './dynamodbErrors.js';
import { evaluateCondition } from './evaluateCondition.js';
import { readExpressionContext } from './readExpressionContext.js';

/** Throws ConditionalCheckFailedException when the request's ConditionExpression does not hold. */
export function checkCondition(input: WireInput, existing: Item | undefined): void {
  const condition = read.str(input, 'ConditionExpression');
  if (condition === undefined) return;
  if (!evaluateCondition(condition, existing, readExpressionContext(input)))
    throw dynamodbErrors.conditionFailed();
}

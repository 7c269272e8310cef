import type { AttributeValue } from '../../state/RegionState.js';
import { dynamodbErrors } from './dynamodbErrors.js';
import type { ExpressionContext } from './ExpressionContext.js';

export function resolveValue(token: string, context: ExpressionContext): AttributeValue {
  const value = context.values[token.trim()];
  if (value === undefined) {
    throw dynamodbErrors.validation(
      `An expression attribute value used in expression is not defined; attribute value: ${token.trim()}`,
    );
  }
  return value;
}

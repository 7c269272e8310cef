import type { Item } from '../../state/RegionState.js';
import { dynamodbErrors } from './dynamodbErrors.js';
import type { ExpressionContext } from './ExpressionContext.js';
import { resolvePath } from './resolvePath.js';
import { resolveValue } from './resolveValue.js';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The ConditionExpression subset state tables use: attribute_exists / attribute_not_exists and = / <>
 * comparisons, joined by AND. Anything else is refused plainly rather than evaluated wrongly.
 */
export function evaluateCondition(
  expression: string,
  item: Item | undefined,
  context: ExpressionContext,
): boolean {
  return expression.split(/\s+AND\s+/i).every((raw) => {
    const clause = raw.trim();
    const fn = /^(attribute_exists|attribute_not_exists)\s*\(\s*([^)]+?)\s*\)$/i.exec(clause);
    if (fn) {
      const present = item !== undefined && resolvePath(fn[2]!, context) in item;
      return fn[1]!.toLowerCase() === 'attribute_exists' ? present : !present;
    }
    const comparison = /^([#\w]+)\s*(=|<>)\s*(:\w+)$/.exec(clause);
    if (comparison) {
      const actual = item?.[resolvePath(comparison[1]!, context)];
      const equal = same(actual, resolveValue(comparison[3]!, context));
      return comparison[2] === '=' ? equal : !equal;
    }
    throw dynamodbErrors.validation(`ConditionExpression not supported by the emulator: ${clause}`);
  });
}

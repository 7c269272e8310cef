import type { AttributeValue, Item } from '../../state/RegionState.js';
import { dynamodbErrors } from './dynamodbErrors.js';
import type { ExpressionContext } from './ExpressionContext.js';
import { resolvePath } from './resolvePath.js';
import { resolveValue } from './resolveValue.js';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** DynamoDB orders numbers by value and strings by their bytes; other types, or a missing side, never compare. */
function order(actual: AttributeValue | undefined, expected: AttributeValue): number | undefined {
  const [n, m] = [actual?.N, expected.N];
  if (typeof n === 'string' && typeof m === 'string') return Number(n) - Number(m);
  const [s, t] = [actual?.S, expected.S];
  if (typeof s === 'string' && typeof t === 'string') return Buffer.compare(Buffer.from(s), Buffer.from(t));
  return undefined;
}

function compare(operator: string, actual: AttributeValue | undefined, expected: AttributeValue): boolean {
  if (operator === '=') return same(actual, expected);
  if (operator === '<>') return !same(actual, expected);
  const ordered = order(actual, expected);
  if (ordered === undefined) return false;
  if (operator === '<') return ordered < 0;
  if (operator === '<=') return ordered <= 0;
  if (operator === '>') return ordered > 0;
  return ordered >= 0;
}

function clauseHolds(raw: string, item: Item | undefined, context: ExpressionContext): boolean {
  const clause = raw.trim();
  const fn = /^(attribute_exists|attribute_not_exists)\s*\(\s*([^)]+?)\s*\)$/i.exec(clause);
  if (fn) {
    const present = item !== undefined && resolvePath(fn[2]!, context) in item;
    return fn[1]!.toLowerCase() === 'attribute_exists' ? present : !present;
  }
  const comparison = /^([#\w]+)\s*(=|<>|<=|>=|<|>)\s*(:\w+)$/.exec(clause);
  if (comparison) {
    const actual = item?.[resolvePath(comparison[1]!, context)];
    return compare(comparison[2]!, actual, resolveValue(comparison[3]!, context));
  }
  throw dynamodbErrors.validation(`ConditionExpression not supported by the emulator: ${clause}`);
}

/**
 * The ConditionExpression subset state tables use: attribute_exists / attribute_not_exists and comparisons
 * (= <> < <= > >=) of an attribute with a value, joined by AND and OR (AND binds tighter, as in DynamoDB;
 * no parentheses). Anything else is refused plainly rather than evaluated wrongly.
 */
export function evaluateCondition(
  expression: string,
  item: Item | undefined,
  context: ExpressionContext,
): boolean {
  return expression
    .split(/\s+OR\s+/i)
    .some((alternative) =>
      alternative.split(/\s+AND\s+/i).every((clause) => clauseHolds(clause, item, context)),
    );
}

import type { AttributeValue, Item } from '../../state/RegionState.js';
import { dynamodbErrors } from './dynamodbErrors.js';
import type { ExpressionContext } from './ExpressionContext.js';
import { resolvePath } from './resolvePath.js';
import { resolveValue } from './resolveValue.js';
import { splitTopLevel } from './splitTopLevel.js';

const OPERAND = String.raw`(if_not_exists\s*\([^)]*\)|[#:\w]+)`;
const ARITHMETIC = new RegExp(`^${OPERAND}\\s*([+-])\\s*${OPERAND}$`, 'i');

function operand(token: string, item: Item, context: ExpressionContext): AttributeValue {
  const text = token.trim();
  const ifNotExists = /^if_not_exists\s*\(\s*([#\w]+)\s*,\s*(:\w+)\s*\)$/i.exec(text);
  if (ifNotExists)
    return item[resolvePath(ifNotExists[1]!, context)] ?? resolveValue(ifNotExists[2]!, context);
  if (text.startsWith(':')) return resolveValue(text, context);
  const value = item[resolvePath(text, context)];
  if (value === undefined) {
    throw dynamodbErrors.validation(
      'The provided expression refers to an attribute that does not exist in the item',
    );
  }
  return value;
}

function number(value: AttributeValue): number {
  if (typeof value.N !== 'string')
    throw dynamodbErrors.validation('An operand in the update expression has an incorrect data type');
  return Number(value.N);
}

/**
 * SET (values, attribute copies, if_not_exists, + and - on numbers), REMOVE and ADD on numbers, on
 * top-level attributes. Returns the names it touched, for ReturnValues UPDATED_*.
 */
export function applyUpdateExpression(
  expression: string,
  item: Item,
  context: ExpressionContext,
  keyNames: readonly string[],
): string[] {
  const touched: string[] = [];
  const sections = expression.split(/\b(SET|REMOVE|ADD|DELETE)\b/i).map((s) => s.trim());
  if (sections[0] !== '') throw dynamodbErrors.validation(`Invalid UpdateExpression: ${expression}`);
  for (let i = 1; i < sections.length; i += 2) {
    const keyword = sections[i]!.toUpperCase();
    for (const action of splitTopLevel(sections[i + 1] ?? '')) {
      const target = keyword === 'SET' ? action.split('=')[0]! : action.split(/\s+/)[0]!;
      const name = resolvePath(target, context);
      if (keyNames.includes(name)) {
        throw dynamodbErrors.validation(
          `One or more parameter values were invalid: Cannot update attribute ${name}. This attribute is part of the key`,
        );
      }
      touched.push(name);
      if (keyword === 'SET') {
        const expressionText = action.slice(action.indexOf('=') + 1).trim();
        const arithmetic = ARITHMETIC.exec(expressionText);
        if (arithmetic) {
          const left = number(operand(arithmetic[1]!, item, context));
          const right = number(operand(arithmetic[3]!, item, context));
          item[name] = { N: String(arithmetic[2] === '+' ? left + right : left - right) };
        } else {
          item[name] = operand(expressionText, item, context);
        }
      } else if (keyword === 'REMOVE') {
        delete item[name];
      } else if (keyword === 'ADD') {
        const add = number(resolveValue(action.split(/\s+/)[1] ?? '', context));
        item[name] = { N: String((item[name] ? number(item[name]) : 0) + add) };
      } else {
        throw dynamodbErrors.validation('UpdateExpression DELETE is not supported by the emulator');
      }
    }
  }
  return touched;
}

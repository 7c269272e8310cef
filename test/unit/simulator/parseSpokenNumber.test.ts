import { describe, expect, it } from 'vitest';
import { parseSpokenNumber } from '../../../src/local/simulator/parseSpokenNumber.js';
import { tokenize } from '../../../src/local/simulator/tokenize.js';

describe('Simulator: AMAZON.NUMBER', () => {
  it.each([
    ['six four five two eight one', '645281'],
    ['six hundred forty five thousand two hundred eighty one', '645281'],
    ['six hundred and forty five thousand two hundred and eighty one', '645281'],
    ['645 281', '645281'],
    ['645281', '645281'],
    ['sixty four fifty two eighty one', '645281'],
    ['zero one two three four five', '012345'],
    ['oh seven double five one two', '075512'],
    ['twenty five', '25'],
    ['seven', '7'],
    ['one hundred', '100'],
    ['twelve thousand', '12000'],
  ])('reads "%s" as %s', (said, expected) => {
    expect(parseSpokenNumber(tokenize(said))).toBe(expected);
  });

  it.each([['oregon'], ['six and'], ['hundred'], [''], ['the code']])('rejects "%s"', (said) => {
    expect(parseSpokenNumber(tokenize(said))).toBeUndefined();
  });
});

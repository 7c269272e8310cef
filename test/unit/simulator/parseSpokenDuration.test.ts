import { describe, expect, it } from 'vitest';
import { parseSpokenDuration } from '../../../src/local/simulator/parseSpokenDuration.js';
import { tokenize } from '../../../src/local/simulator/tokenize.js';

describe('Simulator: AMAZON.DURATION', () => {
  it.each([
    ['thirty minutes', 'PT30M'],
    ['two hours', 'PT2H'],
    ['a day', 'P1D'],
    ['an hour', 'PT1H'],
    ['half an hour', 'PT30M'],
    ['an hour and a half', 'PT1H30M'],
    ['one and a half hours', 'PT1H30M'],
    ['one hour and fifteen minutes', 'PT1H15M'],
    ['ninety seconds', 'PT90S'],
    ['a couple of days', 'P2D'],
    ['two weeks', 'P2W'],
    ['one hundred minutes', 'PT100M'],
    ['45 minutes', 'PT45M'],
  ])('reads "%s" as %s', (said, expected) => {
    expect(parseSpokenDuration(tokenize(said))).toBe(expected);
  });

  it.each([['thirty'], ['minutes'], ['oregon thirty minutes'], ['two hours and'], ['']])(
    'rejects "%s"',
    (said) => {
      expect(parseSpokenDuration(tokenize(said))).toBeUndefined();
    },
  );
});

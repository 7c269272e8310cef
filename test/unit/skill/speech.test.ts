import { describe, expect, it } from 'vitest';
import { durationMs } from '../../../src/skill/intents/health/metricWhen.js';
import { capSpeech } from '../../../src/skill/speech/capSpeech.js';
import { listToSpeech } from '../../../src/skill/speech/listToSpeech.js';
import { roundForSpeech, scaleReading } from '../../../src/skill/speech/scaleReading.js';

const more = (n: number) => `and ${n} more`;

describe('Speech formatting', () => {
  it('joins lists naturally', () => {
    expect(listToSpeech(['a'], 'en-US', more)).toBe('a');
    expect(listToSpeech(['a', 'b'], 'en-US', more)).toBe('a and b');
    expect(listToSpeech(['a', 'b', 'c'], 'en-US', more)).toBe('a, b, and c');
  });

  it('cuts long lists after 20 with "and N more"', () => {
    const names = Array.from({ length: 57 }, (_, i) => `n${i}`);
    const speech = listToSpeech(names, 'en-US', more);
    expect(speech.endsWith('n19 and 37 more')).toBe(true);
    expect(speech).not.toContain('n20');
  });

  it('scales units the way people say them', () => {
    expect(scaleReading({ value: 2.4 * 1024 ** 3, unit: 'Bytes' })).toEqual({
      value: 2.4,
      unit: 'gigabytes',
    });
    expect(scaleReading({ value: 0.012, unit: 'Seconds' }).unit).toBe('milliseconds');
    expect(roundForSpeech(scaleReading({ value: 0.012, unit: 'Seconds' }).value)).toBe(12);
    expect(scaleReading({ value: 5 * 1024 ** 2, unit: 'Bytes/Second' })).toEqual({
      value: 5,
      unit: 'megabytesPerSecond',
    });
    expect(scaleReading({ value: 12, unit: 'Count/Second' })).toEqual({ value: 12, unit: 'perSecond' });
    expect(roundForSpeech(42.04)).toBe(42);
    expect(roundForSpeech(2.456)).toBe(2.46);
  });

  it('parses AMAZON.DURATION values', () => {
    expect(durationMs('PT30M')).toBe(1_800_000);
    expect(durationMs('PT2H')).toBe(7_200_000);
    expect(durationMs('P1D')).toBe(86_400_000);
    expect(durationMs('PT1H30M')).toBe(5_400_000);
    expect(durationMs('thirty')).toBeUndefined();
    expect(durationMs('PT')).toBeUndefined();
  });

  it("keeps speech under Alexa's limit by cutting at a sentence", () => {
    const long = 'This is a sentence. '.repeat(1000);
    const capped = capSpeech(long);
    expect(capped.length).toBeLessThanOrEqual(7500);
    expect(capped.endsWith('sentence.')).toBe(true);
  });
});

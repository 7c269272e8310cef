import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadInteractionModel } from '../../../src/local/simulator/loadInteractionModel.js';
import { tokenize } from '../../../src/local/simulator/tokenize.js';
import { simulatorMatcher } from './support/twoMatchers.js';

/** The share of the British phrasing set the simulator must understand (intent and every slot). */
const TARGET = 0.95;

const model = loadInteractionModel('en-GB');
const PHRASINGS = z
  .array(z.tuple([z.string().min(1), z.string().min(1), z.record(z.string(), z.coerce.string())]))
  .parse(parse(readFileSync(new URL('./phrasings/en-GB.yaml', import.meta.url), 'utf8')));

describe('Interaction model en-GB: how DBAs in the UK and Ireland phrase things (phrasings/en-GB.yaml)', () => {
  it('has at least 100 British phrasings, four or more for every intent they cover, none a sample of the model', () => {
    // Prepare
    const samples = new Set(
      model.interactionModel.languageModel.intents.flatMap((intent) =>
        (intent.samples ?? []).map((sample) => tokenize(sample).join(' ')),
      ),
    );
    const perIntent = new Map<string, number>();
    for (const [, intent] of PHRASINGS) perIntent.set(intent, (perIntent.get(intent) ?? 0) + 1);

    // Assess
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(100);
    expect(PHRASINGS.filter(([utterance]) => samples.has(tokenize(utterance).join(' ')))).toEqual([]);
    expect(
      [...perIntent]
        .filter(([intent, count]) => intent !== 'AMAZON.FallbackIntent' && count < 4)
        .map(([intent]) => intent),
    ).toEqual([]);
    expect(perIntent.size).toBeGreaterThanOrEqual(19);
  });

  it(`understands at least ${TARGET * 100} % of them through the project simulator and the en-GB model`, async () => {
    // Prepare
    const understand = simulatorMatcher(model);
    const misses: string[] = [];

    // Act
    for (const [utterance, intent, slots] of PHRASINGS) {
      const got = await understand(utterance);
      const same =
        got.intent === intent &&
        JSON.stringify(Object.entries(got.slots).sort()) === JSON.stringify(Object.entries(slots).sort());
      if (!same)
        misses.push(
          `"${utterance}" -> ${got.intent} ${JSON.stringify(got.slots)}, not ${intent} ${JSON.stringify(slots)}`,
        );
    }

    // Assess
    const share = 1 - misses.length / PHRASINGS.length;
    console.log(
      `en-GB phrasing set through the simulator: ${(share * 100).toFixed(1)} % of ${PHRASINGS.length}`,
    );
    if (misses.length > 0) console.log(`missed:\n  ${misses.join('\n  ')}`);
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(TARGET);
  }, 60_000);

  it('is not understood as well by the en-US model: the British phrasing is what en-GB adds', async () => {
    // Prepare
    const british = simulatorMatcher(model);
    const american = simulatorMatcher(loadInteractionModel('en-US'));
    let betterInGb = 0;

    // Act
    for (const [utterance, intent] of PHRASINGS) {
      const [gb, us] = [await british(utterance), await american(utterance)];
      if (gb.intent === intent && us.intent !== intent) betterInGb++;
    }

    // Assess: at least a tenth of the set needs the en-GB overlay
    expect(betterInGb).toBeGreaterThanOrEqual(PHRASINGS.length / 10);
  }, 60_000);
});

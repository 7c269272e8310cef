import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadInteractionModel } from '../../../src/local/simulator/loadInteractionModel.js';
import { tokenize } from '../../../src/local/simulator/tokenize.js';
import { PHRASING, readPhrasings, scorePhrasings } from './support/phrasingSet.js';
import { simulatorMatcher } from './support/twoMatchers.js';

/** The share of each phrasing set the simulator must understand (intent and every slot). */
const TARGET = 0.95;

/**
 * The English locales whose template overlays add their own phrasing, each with a phrasing set written apart
 * from the templates (phrasings/<locale>.yaml) and the least it must hold; en-US has its own test.
 */
const SETS = [
  { locale: 'en-GB', size: 100, intents: 19, who: 'DBAs in the UK and Ireland' },
  { locale: 'en-AU', size: 25, intents: 10, who: 'DBAs in Australia' },
  { locale: 'en-IN', size: 25, intents: 8, who: 'DBAs in India' },
] as const;

describe.each(SETS)(
  'Interaction model $locale: how $who phrase things (phrasings/$locale.yaml)',
  ({ locale, size, intents }) => {
    const model = loadInteractionModel(locale);
    const phrasings = readPhrasings(locale, z.array(PHRASING));

    it(`has at least ${size} phrasings over ${intents} intents or more, none a sample of the model`, () => {
      // Prepare
      const samples = new Set(
        model.interactionModel.languageModel.intents.flatMap((intent) =>
          (intent.samples ?? []).map((sample) => tokenize(sample).join(' ')),
        ),
      );
      const perIntent = new Map<string, number>();
      for (const [, intent] of phrasings) perIntent.set(intent, (perIntent.get(intent) ?? 0) + 1);

      // Assess
      expect(phrasings.length).toBeGreaterThanOrEqual(size);
      expect(phrasings.filter(([utterance]) => samples.has(tokenize(utterance).join(' ')))).toEqual([]);
      expect(perIntent.size).toBeGreaterThanOrEqual(intents);
      if (locale === 'en-GB') {
        // The British set is the big one: four or more for every intent it covers.
        expect(
          [...perIntent]
            .filter(([intent, count]) => intent !== 'AMAZON.FallbackIntent' && count < 4)
            .map(([intent]) => intent),
        ).toEqual([]);
      }
    });

    it(`understands at least ${TARGET * 100} % of them through the project simulator and the ${locale} model`, async () => {
      // Prepare
      const understand = simulatorMatcher(model);

      // Act
      const { share, misses } = await scorePhrasings(understand, phrasings);

      // Assess
      console.log(
        `${locale} phrasing set through the simulator: ${(share * 100).toFixed(1)} % of ${phrasings.length}`,
      );
      if (misses.length > 0) console.log(`missed:\n  ${misses.join('\n  ')}`);
      expect(share, misses.join('\n')).toBeGreaterThanOrEqual(TARGET);
    }, 60_000);

    it('is not understood as well by the en-US model: the local phrasing is what the overlay adds', async () => {
      // Prepare
      const local = simulatorMatcher(model);
      const american = simulatorMatcher(loadInteractionModel('en-US'));
      let betterHere = 0;

      // Act
      for (const [utterance, intent] of phrasings) {
        const [here, us] = [await local(utterance), await american(utterance)];
        if (here.intent === intent && us.intent !== intent) betterHere++;
      }

      // Assess: at least a tenth of the set needs the locale's overlay
      expect(betterHere).toBeGreaterThanOrEqual(phrasings.length / 10);
    }, 60_000);
  },
);

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exampleUtterances } from '../../../src/local/console/exampleUtterances.js';
import { demoFleetPath } from '../../../src/local/emulator/fleet/demoFleetPath.js';
import { loadFleet } from '../../../src/local/emulator/fleet/loadFleet.js';
import { buildUtteranceMatcher } from '../../../src/local/simulator/buildUtteranceMatcher.js';
import { loadInteractionModel } from '../../../src/local/simulator/loadInteractionModel.js';
import { tokenize } from '../../../src/local/simulator/tokenize.js';
import { INTENT_SLOTS } from '../../../src/skill/intents/interactionModel.js';
import { PHRASING, readPhrasings, scorePhrasings } from './support/phrasingSet.js';
import { simulatorMatcher, virtualAlexaMatcher } from './support/twoMatchers.js';

/** The share of the phrasing set each matcher must understand (intent and every slot). */
const TARGET = 0.95;

const model = loadInteractionModel('en-US');
const REGEX_LIMITS = ['adjacent slots', 'word inside a later value', 'words around a sample'] as const;
const PHRASINGS = readPhrasings(
  'en-US',
  z.array(z.union([PHRASING, z.tuple([...PHRASING.def.items, z.enum(REGEX_LIMITS)])])),
);

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

/** The "What you can ask" table of README.md: each intent with the examples quoted in its row. */
function readmeExamples(): [string, string][] {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## What you can ask'));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .flatMap((line) => {
      const [intent = '', examples = ''] = line
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      return [...examples.matchAll(/"([^"]+)"/g)].map((m) => [intent, m[1]!] as [string, string]);
    });
}

describe('Interaction model: how DBAs phrase things (test/unit/interaction-model/phrasings/en-US.yaml)', () => {
  it('has at least 200 phrasings, several for every intent, none of them a sample of the model', () => {
    const samples = new Set(
      model.interactionModel.languageModel.intents.flatMap((intent) =>
        (intent.samples ?? []).map((sample) => tokenize(sample).join(' ')),
      ),
    );
    const copied = PHRASINGS.filter(([utterance]) => samples.has(tokenize(utterance).join(' ')));
    const thin = Object.keys(INTENT_SLOTS).filter(
      (intent) => PHRASINGS.filter((row) => row[1] === intent).length < 8,
    );

    expect(PHRASINGS.length).toBeGreaterThanOrEqual(200);
    expect(copied).toEqual([]);
    expect(thin).toEqual([]);
  });

  it(`understands at least ${TARGET * 100} % of them through the project simulator`, async () => {
    // Act
    const { share, misses } = await scorePhrasings(simulatorMatcher(model), PHRASINGS);

    // Assess
    console.log(`phrasing set through the simulator: ${percent(share)} of ${PHRASINGS.length}`);
    if (misses.length > 0) console.log(`missed:\n  ${misses.join('\n  ')}`);
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(TARGET);
  }, 60_000);

  it(`understands at least ${TARGET * 100} % of those its regular expressions can split through virtual-alexa 0.7.8`, async () => {
    // Prepare
    const splittable = PHRASINGS.filter((phrasing) => phrasing[3] === undefined);
    const marked = PHRASINGS.filter((phrasing) => phrasing[3] !== undefined);

    // Act
    const all = await scorePhrasings(virtualAlexaMatcher(model), PHRASINGS);
    const splitMisses = all.missed.filter((phrasing) => phrasing[3] === undefined);
    const share = 1 - splitMisses.length / splittable.length;
    const misses = splitMisses.map(([utterance, intent]) => `"${utterance}" (${intent})`);

    // Assess
    console.log(
      `phrasing set through virtual-alexa: ${percent(all.share)} of all ${PHRASINGS.length}, ` +
        `${percent(share)} of the ${splittable.length} it can split`,
    );
    if (misses.length > 0) console.log(`missed:\n  ${misses.join('\n  ')}`);
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(TARGET);
    // A mark must describe a real failure: one that passes is a mark hiding nothing, to be removed.
    expect(
      marked.filter((phrasing) => !all.missed.includes(phrasing)).map(([utterance]) => utterance),
    ).toEqual([]);
  }, 120_000);

  it('sends every example of the README intent table to its intent', () => {
    const matcher = buildUtteranceMatcher(model);
    const examples = readmeExamples();
    expect(examples.length).toBeGreaterThanOrEqual(20);
    for (const [intent, example] of examples) {
      if (intent in INTENT_SLOTS) {
        expect(matcher.match(example).intent.name, example).toBe(intent);
      } else {
        // The built-ins row ("help", "stop"): Alexa's own phrases.
        expect(matcher.builtInIntentFor(example) ?? matcher.match(example).intent.name, example).toMatch(
          /^AMAZON\./,
        );
      }
    }
  });

  it('understands every example the console banner suggests for the demo fleet', () => {
    const matcher = buildUtteranceMatcher(model);
    const banner = exampleUtterances(loadFleet(demoFleetPath)).filter((utterance) => utterance !== 'help');

    expect(
      banner.filter((utterance) => matcher.match(utterance).intent.name === 'AMAZON.FallbackIntent'),
    ).toEqual([]);
  });
});

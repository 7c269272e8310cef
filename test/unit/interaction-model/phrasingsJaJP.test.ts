import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exampleUtterances } from '../../../src/local/console/exampleUtterances.js';
import { demoFleetPath } from '../../../src/local/emulator/fleet/demoFleetPath.js';
import { loadFleet } from '../../../src/local/emulator/fleet/loadFleet.js';
import { buildUtteranceMatcher } from '../../../src/local/simulator/buildUtteranceMatcher.js';
import { loadInteractionModel } from '../../../src/local/simulator/loadInteractionModel.js';
import { matchUnits, tokenize } from '../../../src/local/simulator/tokenize.js';
import { INTENT_SLOTS } from '../../../src/skill/intents/interactionModel.js';
import { PHRASING, readPhrasings, scorePhrasings } from './support/phrasingSet.js';
import { simulatorMatcher } from './support/twoMatchers.js';

/** The share of the phrasing set the simulator must understand (intent and every slot). */
const TARGET = 0.95;

const model = loadInteractionModel('ja-JP');
const PHRASINGS = readPhrasings('ja-JP', z.array(PHRASING));

/** Japanese compares by its characters, spaces or not (as the matcher reads it). */
const key = (text: string) => matchUnits(tokenize(text)).join('');

// virtual-alexa is not scored here: its matcher splits samples on spaces, and Japanese has none.
describe('Interaction model: how Japanese DBAs phrase things (test/unit/interaction-model/phrasings/ja-JP.yaml)', () => {
  it('has at least 100 phrasings, several for most intents, none of them a sample of the model', () => {
    const samples = new Set(
      model.interactionModel.languageModel.intents.flatMap((intent) => (intent.samples ?? []).map(key)),
    );
    const copied = PHRASINGS.filter(([utterance]) => samples.has(key(utterance)));
    // The issue's own examples are among them.
    const said = PHRASINGS.map(([utterance]) => utterance);
    const thin = Object.keys(INTENT_SLOTS).filter(
      (intent) => PHRASINGS.filter((row) => row[1] === intent).length < 5,
    );

    expect(PHRASINGS.length).toBeGreaterThanOrEqual(100);
    expect(copied).toEqual([]);
    expect(thin).toEqual([]);
    expect(said).toContain('オレゴンにある『Blog』インスタンスのステータス');
    expect(said).toContain('オレゴンにあるレポーティングインスタンスの30分前のCPU使用率');
  });

  it(`understands at least ${TARGET * 100} % of them through the project simulator`, async () => {
    // Act
    const { share, misses } = await scorePhrasings(
      simulatorMatcher(model),
      PHRASINGS,
      (utterance) => `「${utterance}」`,
    );

    // Assess
    console.log(
      `ja-JP phrasing set through the simulator: ${(share * 100).toFixed(1)} % of ${PHRASINGS.length}`,
    );
    if (misses.length > 0) console.log(`missed:\n  ${misses.join('\n  ')}`);
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(TARGET);
  }, 60_000);

  it('resolves a name said as its katakana reading and as its Latin letters alike', () => {
    // Prepare
    const matcher = buildUtteranceMatcher(model, { locale: 'ja-JP' });
    const instanceOf = (utterance: string) =>
      matcher.match(utterance).intent.slots?.instance?.resolutions?.resolutionsPerAuthority?.[0]?.values[0]
        ?.value.id;

    // Act / Assess
    expect(instanceOf('レポーティングのCPU使用率')).toBe('reporting');
    expect(instanceOf('reportingのCPU使用率')).toBe('reporting');
    expect(instanceOf('HR stagingの状態')).toBe('hr-staging');
    expect(instanceOf('エイチアールステージングの状態')).toBe('hr-staging');
  });

  it('understands every Japanese example the console banner and web page suggest for the demo fleet', () => {
    // Prepare
    const matcher = buildUtteranceMatcher(model, { locale: 'ja-JP' });

    // Act
    const examples = exampleUtterances(loadFleet(demoFleetPath), undefined, 'ja-JP');

    // Assess
    expect(examples.map((example) => matcher.match(example).intent.name)).toEqual([
      'NumberOfInstances',
      'ListInstancesForApplication',
      'CheckInstanceProperty',
      'CheckInstanceMetric',
      'ListAlarms',
    ]);
  });
});

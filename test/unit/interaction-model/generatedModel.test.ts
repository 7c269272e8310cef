import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildInteractionModel } from '../../../src/build/model/buildInteractionModel.js';
import { fleetNamesFromFile } from '../../../src/build/model/fleetNamesFromFile.js';
import { loadModelTemplate } from '../../../src/build/model/loadModelTemplate.js';
import { MODEL_LIMITS, modelLimitProblems } from '../../../src/build/model/modelLimits.js';
import { serialiseModel } from '../../../src/build/model/runModelCommand.js';
import { demoFleetPath } from '../../../src/local/emulator/fleet/demoFleetPath.js';
import { GLUE_WORDS, OPEN_SLOT_TYPES } from '../../../src/local/simulator/glueWords.js';
import { loadInteractionModel } from '../../../src/local/simulator/loadInteractionModel.js';
import { tokenize } from '../../../src/local/simulator/tokenize.js';

const TAG_KEYS = { instance: 'instance', application: 'application', environment: 'environment' };
const model = loadInteractionModel('en-US');

/** Every template in interaction-model/templates: each has its generated model committed beside it. */
function templateLocales(): string[] {
  return readdirSync(new URL('../../../interaction-model/templates/', import.meta.url))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.replace(/\.yaml$/, ''))
    .sort();
}

describe('Interaction model: generated from interaction-model/templates/en-US.yaml', () => {
  it.each(templateLocales())(
    'is committed exactly as `npm run model` generates %s from its template and the demo fleet',
    (locale) => {
      // Prepare
      const committed = readFileSync(
        new URL(`../../../interaction-model/${locale}.json`, import.meta.url),
        'utf8',
      );

      // Act
      const generated = buildInteractionModel(
        loadModelTemplate(locale),
        fleetNamesFromFile(demoFleetPath, TAG_KEYS),
      );

      // Assess: a hand edit of the JSON, or a template change without `npm run model`, fails here.
      expect(serialiseModel(generated) === committed, 'run `npm run model` and commit the result').toBe(true);
    },
  );

  it("stays within Alexa's limits for an interaction model", () => {
    expect(modelLimitProblems(model)).toEqual([]);
    const samples = model.interactionModel.languageModel.intents.flatMap((intent) => intent.samples ?? []);
    expect(Math.max(...samples.map((sample) => sample.length))).toBeLessThanOrEqual(
      MODEL_LIMITS.sampleCharacters,
    );
  });

  it('has no catch-all sample: one of only slots and glue words has a closed-vocabulary slot to match', () => {
    const catchAll = model.interactionModel.languageModel.intents.flatMap((intent) => {
      const slotType = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type ?? '']));
      return (intent.samples ?? []).filter((sample) => {
        const slots = [...sample.matchAll(/\{(\w+)\}/g)].map((match) => slotType.get(match[1]!) ?? '');
        const words = tokenize(sample.replace(/\{\w+\}/g, ' '));
        const bare = slots.length > 0 && words.every((word) => GLUE_WORDS.has(word));
        return bare && slots.every((type) => OPEN_SLOT_TYPES.has(type) || type.startsWith('AMAZON.'));
      });
    });

    expect(catchAll).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
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

describe('Interaction model: generated from interaction-model/templates/en-US.yaml', () => {
  it('is committed exactly as `npm run model` generates it from the template and the demo fleet', () => {
    // Prepare
    const committed = readFileSync(new URL('../../../interaction-model/en-US.json', import.meta.url), 'utf8');

    // Act
    const generated = buildInteractionModel(
      loadModelTemplate('en-US'),
      fleetNamesFromFile(demoFleetPath, TAG_KEYS),
    );

    // Assess: a hand edit of the JSON, or a template change without `npm run model`, fails here.
    expect(serialiseModel(generated) === committed, 'run `npm run model` and commit the result').toBe(true);
  });

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

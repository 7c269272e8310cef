import { describe, expect, it } from 'vitest';
import { applyTemplateOverlay } from '../../../src/build/model/applyTemplateOverlay.js';
import { loadModelTemplate } from '../../../src/build/model/loadModelTemplate.js';
import { ModelError } from '../../../src/build/model/ModelError.js';
import { templateOverlaySchema } from '../../../src/build/model/templateOverlaySchema.js';

const enUS = loadModelTemplate('en-US');
const overlay = (document: Record<string, unknown>) =>
  templateOverlaySchema.parse({ extends: 'en-US', ...document });

describe('Model template: a locale that extends en-US', () => {
  it('keeps every en-US sample and adds its own phrasing to the intent it names', () => {
    // Act
    const enGB = loadModelTemplate('en-GB');

    // Assess
    const count = enGB.intents.NumberOfInstances!.samples;
    expect(count).toEqual(expect.arrayContaining(enUS.intents.NumberOfInstances!.samples));
    expect(count).toContain('how many <dbs> have we got <where>');
    expect(enUS.intents.NumberOfInstances!.samples).not.toContain('how many <dbs> have we got <where>');
    expect(enGB.invocationName).toBe(enUS.invocationName);
  });

  it('adds British spellings as synonyms of the same value id, so the skill gets the same id', () => {
    const cpu = loadModelTemplate('en-GB').types.METRIC!.find((value) => value.id === 'CPUUtilization');

    expect(cpu?.synonyms).toEqual(expect.arrayContaining(['cpu utilization', 'cpu utilisation']));
  });

  it('replaces an entry it names outright (here the invocation name and one family)', () => {
    const merged = applyTemplateOverlay(
      enUS,
      overlay({ invocationName: 'database estate', families: { please: ['[kindly]'] } }),
    );

    expect(merged.invocationName).toBe('database estate');
    expect(merged.families.please).toEqual(['[kindly]']);
    expect(merged.families.list).toEqual(enUS.families.list);
  });

  it('refuses additions to an intent, family, type or value the base does not have', () => {
    const attempt = () =>
      applyTemplateOverlay(
        enUS,
        overlay({
          moreSamples: { CountInstances: ['how many have we got'] },
          moreFamilies: { lots: ['{loads}'] },
          moreSynonyms: { METRIC: { CpuLoad: ['cpu load'] }, COLOUR: { red: ['scarlet'] } },
        }),
      );

    expect(attempt).toThrow(ModelError);
    expect(attempt).toThrow(
      /no intent CountInstances.*no family lots.*METRIC has no value CpuLoad.*no type COLOUR/,
    );
  });

  it('rejects an overlay key it does not know, instead of ignoring a typo', () => {
    expect(templateOverlaySchema.safeParse({ extends: 'en-US', moreSample: {} }).success).toBe(false);
  });
});

import { z } from 'zod';
import { skillManifestTextSchema } from './SkillManifestText.js';

const spoken = z.string().min(1);

const slotValue = z.strictObject({
  id: z.string().min(1),
  value: spoken,
  synonyms: z.array(spoken).min(1),
});

/**
 * interaction-model/templates/<locale>.yaml: the words of one locale. Which intents and slots exist and
 * their types are not here but in src/skill/intents/interactionModel.ts, so the two cannot disagree.
 */
export const modelTemplateSchema = z.strictObject({
  invocationName: z.string().min(1),
  families: z.record(z.string(), z.array(z.string()).min(1)).default({}),
  slotSamples: z.record(z.string(), z.array(z.string()).min(1)).default({}),
  prompts: z.record(z.string(), z.array(z.string()).min(1)).default({}),
  builtIns: z.record(z.string().startsWith('AMAZON.'), z.array(z.string())),
  intents: z.record(
    z.string(),
    z.strictObject({ required: z.array(z.string()).default([]), samples: z.array(z.string()).min(1) }),
  ),
  /** "all regions": the REGION value that means every Region the skill manages. */
  allRegions: z.strictObject({ value: spoken, synonyms: z.array(spoken).min(1) }),
  types: z.record(z.string(), z.array(slotValue)),
  /**
   * The Region names of a locale that does not say them in English (ja-JP: "オレゴン"), by Region code: the
   * first is the slot value, the rest synonyms; the English names and code forms stay synonyms. Without it
   * the Regions are named as in src/skill/domain/fleet/regions.ts.
   */
  regions: z.record(z.string(), z.array(spoken).min(1)).optional(),
  /**
   * The language whose reading tags give the fleet's names more synonyms: with `ja`, an instance tagged
   * `instance-ja: レポーティング` is also heard as レポーティング (and `application-ja` likewise).
   */
  nameReadings: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
  /** The Alexa app's text for this locale (skill-package/skill.json); an English overlay inherits it. */
  manifest: skillManifestTextSchema.optional(),
});

export type ModelTemplate = z.output<typeof modelTemplateSchema>;
export type TemplateSlotValue = z.output<typeof slotValue>;

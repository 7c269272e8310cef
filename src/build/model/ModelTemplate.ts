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
  /** The Alexa app's text for this locale (skill-package/skill.json); an English overlay inherits it. */
  manifest: skillManifestTextSchema.optional(),
});

export type ModelTemplate = z.output<typeof modelTemplateSchema>;
export type TemplateSlotValue = z.output<typeof slotValue>;

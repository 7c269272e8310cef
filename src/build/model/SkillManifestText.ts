import { z } from 'zod';

const line = z.string().trim().min(1);

/**
 * The `manifest:` section of interaction-model/templates/<locale>.yaml: what the Alexa app shows for the
 * skill in that locale (/work/notes/skill-manifest-format.md). Everything that is the same in every locale
 * (category, privacy answers, endpoint) is in buildSkillManifest, not here. Limits are the developer
 * console's, so a too-long text fails `npm run model` rather than `ask deploy`.
 */
export const skillManifestTextSchema = z.strictObject({
  /** The skill's name in the Alexa app (2-50 characters). */
  name: line.min(2).max(50),
  /** One sentence for the skill list (at most 160 characters). */
  summary: line.max(160),
  /** The skill card's text: what it does and what it needs (at most 4000 characters). */
  description: line.max(4000),
  /**
   * Up to three phrases as a person says them, the first with the wake word and the invocation name
   * ("Alexa, open database fleet"); each must be understood by this locale's model (a test says each one).
   */
  examplePhrases: z.array(line.max(200)).min(1).max(3),
  /** Search words for the skill store (at most 30, each at most 30 characters). */
  keywords: z.array(line.max(30)).max(30).default([]),
});

export type SkillManifestText = z.output<typeof skillManifestTextSchema>;

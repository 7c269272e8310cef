import { z } from 'zod';
import { modelTemplateSchema } from './ModelTemplate.js';

const phrases = z.array(z.string().min(1)).min(1);

/**
 * interaction-model/templates/<locale>.yaml that starts with `extends: <locale>`: the words of a locale that
 * speaks like another one except where it says otherwise (en-GB over en-US). Keys of the template replace
 * the base's per entry (an intent, a family, a slot type); the `more...` keys add to the base instead, so an
 * overlay holds only what its people say differently and not a second copy of every sample.
 */
export const templateOverlaySchema = modelTemplateSchema
  .partial()
  .extend({
    extends: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/),
    families: z.record(z.string(), phrases).optional(),
    slotSamples: z.record(z.string(), phrases).optional(),
    prompts: z.record(z.string(), phrases).optional(),
    builtIns: z.record(z.string().startsWith('AMAZON.'), z.array(z.string())).optional(),
    types: modelTemplateSchema.shape.types.optional(),
    /** Samples added to an intent of the base. */
    moreSamples: z.record(z.string(), phrases).default({}),
    /** Alternatives added to a phrase family of the base ("have we got" beside "do we have"). */
    moreFamilies: z.record(z.string(), phrases).default({}),
    /** Synonyms added to a value of a closed vocabulary of the base, by type and value id. */
    moreSynonyms: z.record(z.string(), z.record(z.string(), phrases)).default({}),
  })
  .strict();

export type TemplateOverlay = z.output<typeof templateOverlaySchema>;

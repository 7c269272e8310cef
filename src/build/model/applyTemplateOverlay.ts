import { ModelError } from './ModelError.js';
import type { ModelTemplate } from './ModelTemplate.js';
import type { TemplateOverlay } from './templateOverlaySchema.js';

/**
 * A locale's template from its base and its overlay: replaced entries first, then the additions. An addition
 * to something the base does not have is a mistake (a renamed intent would otherwise leave the overlay's
 * samples silently unused), so it is refused.
 */
export function applyTemplateOverlay(base: ModelTemplate, overlay: TemplateOverlay): ModelTemplate {
  const { extends: _base, moreSamples, moreFamilies, moreSynonyms, ...replaced } = overlay;
  const merged: ModelTemplate = {
    // Whole-value keys (invocation name, "all regions", ...) replace the base's; records merge per entry.
    ...base,
    ...replaced,
    families: { ...base.families, ...replaced.families },
    slotSamples: { ...base.slotSamples, ...replaced.slotSamples },
    prompts: { ...base.prompts, ...replaced.prompts },
    builtIns: { ...base.builtIns, ...replaced.builtIns },
    intents: { ...base.intents, ...replaced.intents },
    types: { ...base.types, ...replaced.types },
  };
  const problems: string[] = [];
  for (const [intent, samples] of Object.entries(moreSamples)) {
    const rules = merged.intents[intent];
    if (!rules) problems.push(`moreSamples: no intent ${intent} to add to`);
    else merged.intents[intent] = { ...rules, samples: [...rules.samples, ...samples] };
  }
  for (const [family, alternatives] of Object.entries(moreFamilies)) {
    const known = merged.families[family];
    if (!known) problems.push(`moreFamilies: no family ${family} to add to`);
    else merged.families[family] = [...known, ...alternatives];
  }
  for (const [type, byId] of Object.entries(moreSynonyms)) {
    const values = merged.types[type];
    if (!values) {
      problems.push(`moreSynonyms: no type ${type} to add to`);
      continue;
    }
    for (const id of Object.keys(byId))
      if (!values.some((value) => value.id === id)) problems.push(`moreSynonyms: ${type} has no value ${id}`);
    merged.types[type] = values.map((value) => {
      const added = byId[value.id];
      return added ? { ...value, synonyms: [...new Set([...value.synonyms, ...added])] } : value;
    });
  }
  if (problems.length > 0) throw new ModelError(`the overlay does not fit its base: ${problems.join('; ')}`);
  return merged;
}

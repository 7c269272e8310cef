import type { v1 } from 'ask-smapi-model';

/** A slot value. SMAPI requires at least one synonym: callers always have one (a template's, or "blog database"). */
export function withSynonyms(
  id: string,
  value: string,
  synonyms: readonly string[],
): v1.skill.interactionModel.TypeValue {
  return { id, name: { value, synonyms: [...synonyms] } };
}

import type { InteractionModelData } from '../../local/simulator/InteractionModelData.js';

/**
 * Alexa's limits for a custom skill's interaction model, checked before a model is written so the developer
 * console or `ask smapi set-interaction-model` does not refuse it at upload:
 * - 50,000 custom slot values across all types (Alexa Skills Kit documentation, quoted in several skill
 *   READMEs), counted here with their synonyms to stay on the safe side; 140 characters a value;
 * - 250 intents; sample utterances and slot samples of at most 200 characters (ASK "interaction model
 *   limits" page);
 * - SMAPI's modelDefinition of at most 1,000,000 characters (its error message, quoted in alexa/ask-cli#9).
 */
export const MODEL_LIMITS = {
  slotValuesPerSkill: 50_000,
  slotValueCharacters: 140,
  intents: 250,
  sampleCharacters: 200,
  modelCharacters: 1_000_000,
} as const;

/** Every limit the model breaks, as a sentence; empty when it fits. */
export function modelLimitProblems(model: InteractionModelData): string[] {
  const { languageModel } = model.interactionModel;
  const problems: string[] = [];
  const types = languageModel.types ?? [];
  const said = types.flatMap((type) =>
    (type.values ?? []).flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])]),
  );
  if (said.length > MODEL_LIMITS.slotValuesPerSkill)
    problems.push(`${said.length} slot values and synonyms, more than ${MODEL_LIMITS.slotValuesPerSkill}`);
  for (const phrase of said.filter((text) => text.length > MODEL_LIMITS.slotValueCharacters))
    problems.push(`slot value "${phrase}" is longer than ${MODEL_LIMITS.slotValueCharacters} characters`);
  if (languageModel.intents.length > MODEL_LIMITS.intents)
    problems.push(`${languageModel.intents.length} intents, more than ${MODEL_LIMITS.intents}`);
  const samples = languageModel.intents.flatMap((intent) => [
    ...(intent.samples ?? []),
    ...(intent.slots ?? []).flatMap((slot) => slot.samples ?? []),
  ]);
  for (const sample of samples.filter((text) => text.length > MODEL_LIMITS.sampleCharacters))
    problems.push(`sample "${sample}" is longer than ${MODEL_LIMITS.sampleCharacters} characters`);
  const size = JSON.stringify(model).length;
  if (size > MODEL_LIMITS.modelCharacters)
    problems.push(`the model is ${size} characters, more than ${MODEL_LIMITS.modelCharacters}`);
  return problems;
}

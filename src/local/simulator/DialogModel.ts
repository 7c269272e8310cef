import type { Intent } from 'ask-sdk-model';
import type { v1 } from 'ask-smapi-model';
import type { InteractionModelData } from './InteractionModelData.js';

type DialogIntent = v1.skill.interactionModel.DialogIntents;
type DelegationStrategy = v1.skill.interactionModel.DelegationStrategyType;

/**
 * The dialog part of the interaction model, read the way Alexa's dialog manager reads it: which slots are
 * required, in which order, what to say to elicit them, and whether Alexa or the skill drives the dialog.
 */
export class DialogModel {
  private readonly intents: ReadonlyMap<string, DialogIntent>;
  private readonly prompts: ReadonlyMap<string, string[]>;
  private readonly strategy: DelegationStrategy;

  public constructor(model: InteractionModelData) {
    const dialog = model.interactionModel.dialog;
    this.intents = new Map((dialog?.intents ?? []).map((intent) => [intent.name, intent]));
    this.prompts = new Map(
      (model.interactionModel.prompts ?? []).map((prompt) => [
        prompt.id,
        prompt.variations.map((variation) => variation.value),
      ]),
    );
    // SMAPI: with no strategy given, SKILL_RESPONSE is assumed.
    this.strategy = dialog?.delegationStrategy ?? 'SKILL_RESPONSE';
  }

  /** True when Alexa runs this intent's dialog itself and calls the skill once it is complete. */
  public isAutoDelegated(intentName: string): boolean {
    const intent = this.intents.get(intentName);
    return intent !== undefined && (intent.delegationStrategy ?? this.strategy) === 'ALWAYS';
  }

  /** The first required slot (in the model's slot order) that has no value yet. */
  public firstMissingRequiredSlot(intent: Intent): string | undefined {
    const slots = this.intents.get(intent.name)?.slots ?? [];
    return slots.find((slot) => slot.elicitationRequired && !intent.slots?.[slot.name]?.value)?.name;
  }

  public requiresConfirmation(intentName: string): boolean {
    return this.intents.get(intentName)?.confirmationRequired === true;
  }

  /** What Alexa says to ask for a slot, with {slot} references filled from the intent. */
  public elicitationPrompt(intent: Intent, slotName: string): string | undefined {
    const slot = this.intents.get(intent.name)?.slots?.find((candidate) => candidate.name === slotName);
    return this.say(slot?.prompts.elicitation, intent);
  }

  public intentConfirmationPrompt(intent: Intent): string | undefined {
    return this.say(this.intents.get(intent.name)?.prompts?.confirmation, intent);
  }

  /** The first variation: Alexa picks one at random, tests want the same words every time. */
  private say(promptId: string | undefined, intent: Intent): string | undefined {
    const text = promptId ? this.prompts.get(promptId)?.[0] : undefined;
    return text?.replace(/\{(\w+)\}/g, (_, name: string) => intent.slots?.[name]?.value ?? '');
  }
}

import type { Slot, slu } from 'ask-sdk-model';
import type { InteractionModelData } from './InteractionModelData.js';
import { parseSpokenDuration } from './parseSpokenDuration.js';
import { parseSpokenNumber } from './parseSpokenNumber.js';
import { slotValueKeys as keys } from './slotValueKeys.js';
import { joinUnits, matchUnits, tokenize } from './tokenize.js';

interface TypeValue {
  readonly id: string;
  readonly name: string;
}

/**
 * Turns the words captured for a slot into the slot object Alexa sends: built-in NUMBER and DURATION
 * values normalised, custom types with entity resolution against the model's values and synonyms.
 */
export class SlotResolver {
  private readonly values = new Map<string, Map<string, TypeValue[]>>();

  public constructor(
    model: InteractionModelData,
    private readonly skillId: string,
  ) {
    for (const type of model.interactionModel.languageModel.types ?? []) {
      const index = new Map<string, TypeValue[]>();
      for (const value of type.values ?? []) {
        const entry = { id: value.id ?? value.name.value, name: value.name.value };
        for (const said of [value.name.value, ...(value.name.synonyms ?? [])]) {
          for (const key of keys(matchUnits(tokenize(said)))) {
            const list = index.get(key) ?? [];
            if (!list.some((known) => known.id === entry.id)) list.push(entry);
            index.set(key, list);
          }
        }
      }
      this.values.set(type.name, index);
    }
  }

  /**
   * The filled slot, or undefined when the words cannot be a value of a built-in type (Alexa would not have
   * matched that utterance this way). Words outside a custom type's values still fill the slot, unresolved.
   */
  public resolve(slotName: string, slotType: string, words: readonly string[]): Slot | undefined {
    if (words.length === 0) return undefined;
    if (slotType === 'AMAZON.NUMBER') return this.plain(slotName, parseSpokenNumber(words));
    if (slotType === 'AMAZON.DURATION') return this.plain(slotName, parseSpokenDuration(words));
    const value = joinUnits(words);
    const index = this.values.get(slotType);
    if (!index) return this.plain(slotName, value);
    const [spaced, joined] = keys(words);
    const matches = index.get(spaced!) ?? index.get(joined!) ?? [];
    const resolutions: slu.entityresolution.Resolutions = {
      resolutionsPerAuthority: [
        {
          authority: `amzn1.er-authority.echo-sdk.${this.skillId}.${slotType}`,
          status: { code: matches.length > 0 ? 'ER_SUCCESS_MATCH' : 'ER_SUCCESS_NO_MATCH' },
          values: matches.map((match) => ({ value: { name: match.name, id: match.id } })),
        },
      ],
    };
    return {
      name: slotName,
      value,
      confirmationStatus: 'NONE',
      resolutions,
      slotValue: { type: 'Simple', value, resolutions },
    };
  }

  private plain(slotName: string, value: string | undefined): Slot | undefined {
    if (value === undefined) return undefined;
    return { name: slotName, value, confirmationStatus: 'NONE', slotValue: { type: 'Simple', value } };
  }
}

import type { dialog, slu } from 'ask-sdk-model';
import { slotValueKeys } from './slotValueKeys.js';
import { matchUnits, tokenize } from './tokenize.js';

interface EntityValue {
  readonly id: string;
  readonly name: string;
}

/**
 * The entities a skill sent with Dialog.UpdateDynamicEntities (REPLACE), for the rest of the session: slot
 * values of those types resolve against them first, under the dynamic authority Alexa reports
 * (amzn1.er-authority.echo-sdk.dynamic.<skill id>.<type>), ahead of the model's own.
 */
export class DynamicEntities {
  private readonly types = new Map<string, Map<string, EntityValue[]>>();

  constructor(
    directive: dialog.DynamicEntitiesDirective,
    private readonly skillId: string,
  ) {
    for (const type of directive.types ?? []) {
      if (!type.name) continue;
      const index = new Map<string, EntityValue[]>();
      for (const value of type.values ?? []) {
        const spoken = value.name?.value;
        if (!spoken) continue;
        const entry = { id: value.id ?? spoken, name: spoken };
        for (const said of [spoken, ...(value.name?.synonyms ?? [])]) {
          for (const key of slotValueKeys(matchUnits(tokenize(said)))) {
            const list = index.get(key) ?? [];
            if (!list.some((known) => known.id === entry.id)) list.push(entry);
            index.set(key, list);
          }
        }
      }
      this.types.set(type.name, index);
    }
  }

  /** Slot types with entities: each counts toward Alexa's limit, and the console shows them. */
  get typeNames(): string[] {
    return [...this.types.keys()];
  }

  /** The dynamic authority's resolution of the words, or undefined when the skill sent none for the type. */
  resolve(slotType: string, value: string): slu.entityresolution.Resolution | undefined {
    const index = this.types.get(slotType);
    if (!index) return undefined;
    const [spaced, joined] = slotValueKeys(matchUnits(tokenize(value)));
    const matches = index.get(spaced) ?? index.get(joined) ?? [];
    return {
      authority: `amzn1.er-authority.echo-sdk.dynamic.${this.skillId}.${slotType}`,
      status: { code: matches.length > 0 ? 'ER_SUCCESS_MATCH' : 'ER_SUCCESS_NO_MATCH' },
      values: matches.map((match) => ({ value: { name: match.name, id: match.id } })),
    };
  }
}

/** A slot value that matched none of the slot type's values (e.g. a metric the skill cannot read). */
export class SlotValueUnknown extends Error {
  override readonly name = 'SlotValueUnknown';

  constructor(
    readonly slot: string,
    readonly spoken: string,
  ) {
    super(`Unknown ${slot}: ${spoken}`);
  }
}

/** A value the intent cannot work without is missing (the dialog model should have elicited it). */
export class SlotMissing extends Error {
  override readonly name = 'SlotMissing';

  constructor(readonly slot: string) {
    super(`Missing slot: ${slot}`);
  }
}

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

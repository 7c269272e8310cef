/** A value the intent cannot work without is missing (the dialog model should have elicited it). */
export class SlotMissing extends Error {
  override readonly name = 'SlotMissing';

  constructor(readonly slot: string) {
    super(`Missing slot: ${slot}`);
  }
}

/** What the card of "what is my user id" holds: the speaker's ids and the commands that allow each. */
export interface WhoAmICard {
  readonly userId: string;
  readonly personId: string | undefined;
  /** Adds the Alexa user id (everyone on this Amazon account, with this skill). */
  readonly allowAccount: string;
  /** Adds the person id (this recognised voice only), when Alexa recognised the voice. */
  readonly allowVoice: string | undefined;
}

/** "What is my user id": the ids go on the card only, never into speech (they are long and private). */
export interface WhoAmIStrings {
  readonly speech: string;
  readonly cardTitle: string;
  readonly card: (card: WhoAmICard) => string;
}

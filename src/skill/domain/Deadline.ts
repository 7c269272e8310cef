/**
 * The time left to answer one Alexa request. Alexa gives up after about 8 s, so every AWS call gets the
 * deadline's AbortSignal and slow work checks `remainingMs` before starting another round.
 */
export class Deadline {
  private readonly endsAt: number;

  constructor(
    budgetMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.endsAt = now() + budgetMs;
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - this.now());
  }

  expired(): boolean {
    return this.remainingMs() <= 0;
  }

  /** An AbortSignal that fires when the deadline passes (or at once if it already has). */
  signal(): AbortSignal {
    return AbortSignal.timeout(Math.max(1, this.remainingMs()));
  }
}

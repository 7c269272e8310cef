/**
 * The instance and application names this warm container answered about last, newest first: when a fleet
 * has more names than Alexa's dynamic entities take, the ones people are talking about go first. Bounded,
 * so a long-lived container never grows it past `capacity`.
 */
export class RecentNames {
  private readonly names = new Map<string, true>();

  constructor(private readonly capacity = 200) {}

  /** Marks names as just used (a Map keeps insertion order, so re-inserting moves a name to the end). */
  use(...names: readonly (string | undefined)[]): void {
    for (const name of names) {
      if (!name) continue;
      this.names.delete(name);
      this.names.set(name, true);
      if (this.names.size > this.capacity) this.names.delete(this.names.keys().next().value as string);
    }
  }

  /** Newest first. */
  list(): string[] {
    return [...this.names.keys()].reverse();
  }
}

/** GET /_emulator/state: what the emulated account holds right now, per Region. */
export interface StateSummary {
  readonly account: string;
  readonly user: string;
  readonly now: string;
  readonly seededAt: string;
  readonly clockOffsetMs: number;
  readonly settings: Readonly<Record<string, number | boolean>>;
  readonly regions: Readonly<Record<string, RegionSummary>>;
  readonly publishedMessages: number;
  readonly sessions: number;
  readonly faults: number;
  readonly calls: number;
}

export interface RegionSummary {
  readonly instances: number;
  readonly instancesByStatus: Readonly<Record<string, number>>;
  readonly clusters: readonly {
    readonly identifier: string;
    readonly writer: string | undefined;
    readonly status: string;
  }[];
  readonly bastions: readonly string[];
  readonly parameters: number;
  readonly topics: readonly string[];
  readonly secrets: number;
  readonly tables: readonly string[];
  readonly commands: number;
  readonly alarms: number;
  readonly events: number;
}

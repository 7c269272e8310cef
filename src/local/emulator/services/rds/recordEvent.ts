import type { RegionState } from '../../state/RegionState.js';

/** Appends an RDS event; a future date stays invisible to DescribeEvents until the clock reaches it. */
export function recordEvent(
  regionState: RegionState,
  event: {
    readonly sourceIdentifier: string;
    readonly sourceType: 'db-instance' | 'db-cluster';
    readonly message: string;
    readonly categories: readonly string[];
    readonly date: Date;
    readonly sourceArn: string;
  },
): void {
  regionState.events.push(event);
}

import { emulatorNow } from '../core/emulatorNow.js';
import { statusAt } from '../core/statusAt.js';
import type { EmulatorState } from '../state/EmulatorState.js';
import type { RegionSummary, StateSummary } from './StateSummary.js';

export function summariseState(state: EmulatorState): StateSummary {
  const now = emulatorNow(state);
  const regions: Record<string, RegionSummary> = {};
  for (const [region, r] of state.regions) {
    const byStatus: Record<string, number> = {};
    for (const instance of r.instances.values()) {
      const status = statusAt(instance.statusTimeline, now);
      byStatus[status] = (byStatus[status] ?? 0) + 1;
    }
    regions[region] = {
      instances: r.instances.size,
      instancesByStatus: byStatus,
      clusters: [...r.clusters.values()].map((c) => ({
        identifier: c.identifier,
        writer: c.writer,
        status: statusAt(c.statusTimeline, now),
      })),
      bastions: r.bastions.map((b) => b.name),
      parameters: r.parameters.size,
      topics: [...r.topics.keys()],
      secrets: [...r.secrets.values()].filter((s) => !s.deletedAt).length,
      tables: [...r.tables.keys()],
      commands: r.commands.size,
      alarms: r.alarms.length,
      events: r.events.filter((e) => e.date.getTime() <= now.getTime()).length,
    };
  }
  return {
    account: state.accountId,
    user: state.userName,
    now: now.toISOString(),
    seededAt: state.seededAt.toISOString(),
    clockOffsetMs: state.clockOffsetMs,
    settings: { ...state.settings },
    regions,
    publishedMessages: state.published.filter((m) => m.at.getTime() <= now.getTime()).length,
    sessions: state.sessions.size,
    faults: state.faults.length,
    calls: state.calls.length,
  };
}

import type { RegionState } from './RegionState.js';

export function emptyRegionState(region: string): RegionState {
  return {
    region,
    instances: new Map(),
    clusters: new Map(),
    events: [],
    alarms: [],
    pendingMaintenance: [],
    metrics: new Map(),
    parameters: new Map(),
    bastions: [],
    commands: new Map(),
    automations: new Map(),
    topics: new Map(),
    secrets: new Map(),
    tables: new Map(),
  };
}

import type { AwsCallRecorder } from '../aws/AwsCallRecorder.js';
import type { AwsClients } from '../aws/AwsClients.js';
import { AlarmService } from './checks/AlarmService.js';
import { EventService } from './checks/EventService.js';
import { MetricService } from './checks/MetricService.js';
import type { SkillConfig } from './config/SkillConfig.js';
import { FleetService } from './fleet/FleetService.js';
import { RegionInventory } from './fleet/RegionInventory.js';
import type { Observability } from './observability/Observability.js';

/** What the container builds once: configuration, AWS clients, logging. Tests pass their own. */
export interface SkillDeps {
  readonly config: SkillConfig;
  readonly clients: AwsClients;
  readonly recorder: AwsCallRecorder;
  readonly observability: Observability;
  readonly now: () => number;
}

/** The services handlers talk to; handlers never call AWS themselves. */
export interface SkillServices {
  readonly config: SkillConfig;
  readonly inventory: RegionInventory;
  readonly fleet: FleetService;
  readonly metrics: MetricService;
  readonly alarms: AlarmService;
  readonly events: EventService;
}

export function createSkillServices(deps: SkillDeps): SkillServices {
  const inventory = new RegionInventory(deps.clients, deps.config, deps.now);
  return {
    config: deps.config,
    inventory,
    fleet: new FleetService(inventory),
    metrics: new MetricService(deps.clients, deps.now),
    alarms: new AlarmService(deps.clients),
    events: new EventService(deps.clients),
  };
}

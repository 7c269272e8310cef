import type { HandlerInput } from 'ask-sdk-core';
import type { AwsCallRecorder } from '../../aws/AwsCallRecorder.js';
import type { AwsClients } from '../../aws/AwsClients.js';
import { AllowList } from '../domain/access/AllowList.js';
import { AlarmService } from '../domain/alarms/AlarmService.js';
import { AuditLog } from '../domain/audit/AuditLog.js';
import { BastionService } from '../domain/bastion/BastionService.js';
import { sleep } from '../domain/bastion/sleep.js';
import type { SkillConfig } from '../domain/config/SkillConfig.js';
import { EventService } from '../domain/events/EventService.js';
import { FleetService } from '../domain/fleet/FleetService.js';
import { RecentNames } from '../domain/fleet/RecentNames.js';
import { RegionInventory } from '../domain/fleet/RegionInventory.js';
import { HealthService } from '../domain/health/HealthService.js';
import { LogService } from '../domain/logs/LogService.js';
import { BusiestService } from '../domain/metrics/BusiestService.js';
import { MetricService } from '../domain/metrics/MetricService.js';
import { MfaGuard } from '../domain/mfa/MfaGuard.js';
import { MfaVerifier } from '../domain/mfa/MfaVerifier.js';
import { Notifier } from '../domain/notify/Notifier.js';
import { DynamoDbStateTable } from '../domain/state/DynamoDbStateTable.js';
import { InMemoryStateTable } from '../domain/state/InMemoryStateTable.js';
import type { StateTable } from '../domain/state/StateTable.js';
import { UserStateStore } from '../domain/state/UserStateStore.js';
import { PendingTaskStore } from '../domain/tasks/PendingTaskStore.js';
import { TaskService } from '../domain/tasks/TaskService.js';
import { UserManagementService } from '../domain/users/UserManagementService.js';
import type { SkillServices } from '../intents/SkillServices.js';
import type { Observability } from './observability/Observability.js';

/** What the container builds once: configuration, AWS clients, logging. Tests pass their own. */
export interface SkillDeps {
  readonly config: SkillConfig;
  readonly clients: AwsClients;
  readonly recorder: AwsCallRecorder;
  readonly observability: Observability;
  readonly now: () => number;
  /** Speaks while a bastion check runs (progressive response); tests pass a recorder. Default: silent. */
  readonly progress?: (input: HandlerInput, speech: string) => Promise<void>;
  /** Waits between polls of a bastion command; tests pass a virtual clock's. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** The state table's atomic operations: DynamoDB when STATE_TABLE is set, else this container's memory. */
function createStateTable(deps: SkillDeps): StateTable {
  const { stateTable, homeRegion } = deps.config;
  return stateTable
    ? new DynamoDbStateTable(deps.clients, { tableName: stateTable, region: homeRegion })
    : new InMemoryStateTable();
}

export function createSkillServices(deps: SkillDeps): SkillServices {
  const stateTable = createStateTable(deps);
  const inventory = new RegionInventory(deps.clients, deps.config, deps.now);
  const fleet = new FleetService(inventory);
  const userState = new UserStateStore();
  const notifier = new Notifier(deps.clients, deps.config);
  return {
    config: deps.config,
    inventory,
    fleet,
    recentNames: new RecentNames(),
    metrics: new MetricService(deps.clients, deps.now),
    busiest: new BusiestService(deps.clients, fleet, deps.now),
    alarms: new AlarmService(deps.clients),
    events: new EventService(deps.clients),
    health: new HealthService(deps.clients, fleet, deps.now),
    tasks: new TaskService(deps.clients, fleet),
    users: new UserManagementService(deps.clients, deps.config, deps.sleep ?? sleep),
    mfa: new MfaVerifier(deps.clients, deps.config),
    mfaGuard: new MfaGuard(stateTable),
    pendingTasks: new PendingTaskStore(stateTable),
    userState,
    notifier,
    audit: new AuditLog(notifier, userState),
    allowList: new AllowList(deps.clients, deps.config, deps.now),
    bastion: new BastionService(deps.clients, deps.config, deps.now, deps.sleep ?? sleep),
    logs: new LogService(deps.clients),
    progress: deps.progress ?? (async () => undefined),
  };
}

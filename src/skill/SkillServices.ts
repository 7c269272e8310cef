import type { AwsCallRecorder } from '../aws/AwsCallRecorder.js';
import type { AwsClients } from '../aws/AwsClients.js';
import { AllowList } from './access/AllowList.js';
import { AuditLog } from './audit/AuditLog.js';
import { AlarmService } from './checks/AlarmService.js';
import { EventService } from './checks/EventService.js';
import { MetricService } from './checks/MetricService.js';
import type { SkillConfig } from './config/SkillConfig.js';
import { FleetService } from './fleet/FleetService.js';
import { RegionInventory } from './fleet/RegionInventory.js';
import { MfaVerifier } from './mfa/MfaVerifier.js';
import { Notifier } from './notify/Notifier.js';
import type { Observability } from './observability/Observability.js';
import { UserStateStore } from './state/UserStateStore.js';
import { TaskService } from './tasks/TaskService.js';

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
  /** Reboots and failovers: eligibility checks and the RDS calls. */
  readonly tasks: TaskService;
  readonly mfa: MfaVerifier;
  /** The speaker's persisted state (notifications, MFA lockout and used codes). */
  readonly userState: UserStateStore;
  readonly notifier: Notifier;
  readonly audit: AuditLog;
  readonly allowList: AllowList;
}

export function createSkillServices(deps: SkillDeps): SkillServices {
  const inventory = new RegionInventory(deps.clients, deps.config, deps.now);
  const fleet = new FleetService(inventory);
  const userState = new UserStateStore();
  const notifier = new Notifier(deps.clients, deps.config);
  return {
    config: deps.config,
    inventory,
    fleet,
    metrics: new MetricService(deps.clients, deps.now),
    alarms: new AlarmService(deps.clients),
    events: new EventService(deps.clients),
    tasks: new TaskService(deps.clients, fleet),
    mfa: new MfaVerifier(deps.clients, deps.config),
    userState,
    notifier,
    audit: new AuditLog(notifier, userState),
    allowList: new AllowList(deps.clients, deps.config, deps.now),
  };
}

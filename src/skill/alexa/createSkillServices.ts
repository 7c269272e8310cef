import type { HandlerInput } from 'ask-sdk-core';
import type { AwsCallRecorder } from '../aws/AwsCallRecorder.js';
import type { AwsClients } from '../aws/AwsClients.js';
import { AllowList } from './access/AllowList.js';
import { AuditLog } from './audit/AuditLog.js';
import { BastionService } from './bastion/BastionService.js';
import { sleep } from './bastion/sleep.js';
import { AlarmService } from './checks/AlarmService.js';
import { EventService } from './checks/EventService.js';
import { MetricService } from './checks/MetricService.js';
import type { SkillConfig } from './config/SkillConfig.js';
import { FleetService } from './fleet/FleetService.js';
import { RegionInventory } from './fleet/RegionInventory.js';
import { LogService } from './logs/LogService.js';
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
  /** Speaks while a bastion check runs (progressive response); tests pass a recorder. Default: silent. */
  readonly progress?: (input: HandlerInput, speech: string) => Promise<void>;
  /** Waits between polls of a bastion command; tests pass a virtual clock's. */
  readonly sleep?: (ms: number) => Promise<void>;
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
  /** SQL checks on the Region's bastion (SSM Run Command). */
  readonly bastion: BastionService;
  /** RDS log files: the newest of a type, its tail. */
  readonly logs: LogService;
  /** Never rejects. */
  readonly progress: (input: HandlerInput, speech: string) => Promise<void>;
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
    bastion: new BastionService(deps.clients, deps.config, deps.now, deps.sleep ?? sleep),
    logs: new LogService(deps.clients),
    progress: deps.progress ?? (async () => undefined),
  };
}

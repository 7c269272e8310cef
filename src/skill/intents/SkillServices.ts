import type { HandlerInput } from 'ask-sdk-core';
import type { AllowList } from '../domain/access/AllowList.js';
import type { AlarmService } from '../domain/alarms/AlarmService.js';
import type { AuditLog } from '../domain/audit/AuditLog.js';
import type { BastionService } from '../domain/bastion/BastionService.js';
import type { SkillConfig } from '../domain/config/SkillConfig.js';
import type { EventService } from '../domain/events/EventService.js';
import type { FleetService } from '../domain/fleet/FleetService.js';
import type { RecentNames } from '../domain/fleet/RecentNames.js';
import type { RegionInventory } from '../domain/fleet/RegionInventory.js';
import type { HealthService } from '../domain/health/HealthService.js';
import type { LogService } from '../domain/logs/LogService.js';
import type { BusiestService } from '../domain/metrics/BusiestService.js';
import type { MetricService } from '../domain/metrics/MetricService.js';
import type { MfaGuard } from '../domain/mfa/MfaGuard.js';
import type { MfaVerifier } from '../domain/mfa/MfaVerifier.js';
import type { Notifier } from '../domain/notify/Notifier.js';
import type { UserStateStore } from '../domain/state/UserStateStore.js';
import type { PendingTaskStore } from '../domain/tasks/PendingTaskStore.js';
import type { TaskService } from '../domain/tasks/TaskService.js';
import type { UserManagementService } from '../domain/users/UserManagementService.js';

/**
 * The services handlers talk to; handlers never call AWS themselves. Declared here, where it is used, and
 * built by alexa/createSkillServices.ts (the composition root).
 */
export interface SkillServices {
  readonly config: SkillConfig;
  readonly inventory: RegionInventory;
  readonly fleet: FleetService;
  /** Names answered about lately in this container: first among a large fleet's dynamic entities. */
  readonly recentNames: RecentNames;
  readonly metrics: MetricService;
  /** "What's the busiest instance?": a metric ranked across Regions (GetMetricData, 500 queries a call). */
  readonly busiest: BusiestService;
  readonly alarms: AlarmService;
  readonly events: EventService;
  /** "Is anything wrong?": alarms, statuses, maintenance and restarts across Regions. */
  readonly health: HealthService;
  /** Reboots and failovers: eligibility checks and the RDS calls. */
  readonly tasks: TaskService;
  /** Database users by voice: the user-management Automation, started and read back. */
  readonly users: UserManagementService;
  readonly mfa: MfaVerifier;
  /** MFA lockout per device and user, and the used-code ledger: conditional writes to the state table. */
  readonly mfaGuard: MfaGuard;
  /** The confirmation asked for, kept server-side and consumed once by the yes. */
  readonly pendingTasks: PendingTaskStore;
  /** The speaker's persisted state (notifications). */
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

import { randomUUID } from 'node:crypto';
import type { AutomationExecution, SSMClient } from '@aws-sdk/client-ssm';
import { AwsCallFailed } from '../../../aws/AwsCallFailed.js';
import type { AwsClients } from '../../../aws/AwsClients.js';
import { classifyAwsError } from '../../../aws/mapAwsError.js';
import { loadSsm } from '../../../aws/sdk.js';
import { ResourceNames } from '../../../contract/ResourceNames.js';
import {
  DATABASE_PATTERN,
  defaultSecretName,
  SYSTEM_DATABASES,
} from '../../../user-management/identifiers.js';
import type { SkillConfig } from '../config/SkillConfig.js';
import type { Deadline } from '../Deadline.js';
import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import { NO_MANAGED_USER, NOT_MANAGED, UserTaskRefused } from './errors.js';
import { parseUserTaskResult } from './parseUserTaskResult.js';
import {
  type DatabaseRole,
  USER_ACTIONS,
  type UserAction,
  type UserTaskOutcome,
  type UserTaskPlan,
} from './UserTask.js';

/** The engines user management serves (src/user-management/engine.ts). */
const ENGINES = new Set(['mysql', 'mariadb', 'aurora-mysql', 'postgres', 'aurora-postgresql']);
const AVAILABLE = 'available';
/** The Automation's statuses that are final; anything else is still running. */
const SUCCEEDED = 'Success';
const FINAL = new Set(['Success', 'Failed', 'TimedOut', 'Cancelled', 'CompletedWithFailure', 'Rejected']);
/** Kept back from the start's time for the one retry after a lost reply, and from polling for the answer. */
const RETRY_RESERVE_MS = 1_500;
/** What the answer still needs after the last poll: the audit record and the response. */
const ANSWER_RESERVE_MS = 700;

/** What StartAutomationExecution did: started (its id), or unknown after a lost reply and one retry. */
export type UserTaskStart =
  | { readonly state: 'started'; readonly executionId: string }
  | { readonly state: 'unknown'; readonly cause: string };

/** A reply SSM gave: the request was refused and nothing started (a 4xx, or access denied). */
function ssmAnswered(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  if (status !== undefined) return status >= 400 && status < 500;
  return classifyAwsError(error) === 'accessDenied';
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}

/** The error code in a failed step's message: the Lambda's `{"error": "<code>", ...}`, escaped or not. */
function failureCode(message: string | undefined): string {
  const code = /\\*"error\\*"\s*:\s*\\*"([A-Za-z]+)/.exec(message ?? '')?.[1] ?? 'unknown';
  // reset_password and delete_user look for the user's secret before the account: with no (live) secret
  // the Lambda says NotManagedByDbvoice, yet database fleet simply has no such user (any account of that
  // name was made by hand). Only a secret that exists but is not dbvoice's (its tags) means someone else's.
  if (code === NOT_MANAGED && /\\*"message\\*"\s*:\s*\\*"no (?:live )?secret /.test(message ?? '')) {
    return NO_MANAGED_USER;
  }
  return code;
}

/**
 * Database users by voice: checks a request against the instance (`plan`, no AWS call), starts the
 * DbVoice-UserManagement Automation for the instance's database, account and Region (`start`, the one
 * call that changes something, made only after the MFA code and the yes), and reads how it ended while the
 * answer can still wait (`outcome`). The skill never sees a password: results name the secret that holds it.
 */
export class UserManagementService {
  constructor(
    private readonly clients: AwsClients,
    private readonly config: Pick<SkillConfig, 'homeRegion'>,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly newToken: () => string = randomUUID,
  ) {}

  /** Throws UserTaskRefused for what would fail anyway: the engine, the database, the master secret. */
  plan(
    action: UserAction,
    instance: DbInstanceSummary,
    options: { readonly username?: string; readonly role?: DatabaseRole } = {},
  ): UserTaskPlan {
    const refuse = (reason: UserTaskRefused['reason'], detail?: string) =>
      new UserTaskRefused(reason, action, instance.name, instance.region, detail);
    if (!ENGINES.has(instance.engine)) throw refuse('engineUnsupported', instance.engine);
    const database = instance.dbName;
    if (!database || !DATABASE_PATTERN.test(database)) throw refuse('noDatabase');
    if (SYSTEM_DATABASES.has(database.toLowerCase())) throw refuse('systemDatabase', database);
    if (!instance.masterSecret) throw refuse('noMasterSecret');
    if (instance.status !== AVAILABLE) throw refuse('notAvailable', instance.status);
    const { username, role } = options;
    return {
      action,
      instance,
      database,
      masterSecret: instance.masterSecret,
      account: instance.arn.split(':')[4] ?? '',
      ...(username ? { username, secretName: defaultSecretName(database, username) } : {}),
      ...(action === 'createUser' && role ? { role } : {}),
    };
  }

  /**
   * Starts the execution once. Its ClientToken makes the call idempotent in SSM: a retry with the same
   * token (the SDK's, or the one retry here after a reply that never came) returns the execution the first
   * call started instead of starting a second. A reply SSM gave (refused, denied) is final: nothing started.
   */
  async start(plan: UserTaskPlan, deadline: Deadline): Promise<UserTaskStart> {
    const [client, ssm] = await Promise.all([this.clients.ssm(this.config.homeRegion), loadSsm()]);
    const command = new ssm.StartAutomationExecutionCommand({
      DocumentName: ResourceNames.userManagementDocumentName,
      ClientToken: this.newToken(),
      Parameters: parametersOf(plan),
      TargetLocations: [
        {
          Accounts: [plan.account],
          Regions: [plan.instance.region],
          ExecutionRoleName: ResourceNames.automationExecutionRoleName,
          TargetLocationMaxConcurrency: '1',
          TargetLocationMaxErrors: '0',
        },
      ],
    });
    let cause = 'unknown';
    for (const reserve of [RETRY_RESERVE_MS, ANSWER_RESERVE_MS]) {
      const budget = deadline.remainingMs() - reserve;
      if (budget <= 0) break;
      try {
        const { AutomationExecutionId } = await client.send(command, {
          abortSignal: AbortSignal.timeout(budget),
        });
        if (AutomationExecutionId) return { state: 'started', executionId: AutomationExecutionId };
        cause = 'no execution id';
      } catch (error) {
        if (ssmAnswered(error)) {
          const reason = classifyAwsError(error);
          if (reason) throw new AwsCallFailed(reason, 'StartAutomationExecution', { cause: error });
          throw error;
        }
        cause = errorName(error);
      }
    }
    return { state: 'unknown', cause };
  }

  /**
   * Polls GetAutomationExecution until the execution ends or the answer is due. A failed read does not
   * stop the execution: it is reported as unread (it runs on, and its end is e-mailed).
   */
  async outcome(plan: UserTaskPlan, executionId: string, deadline: Deadline): Promise<UserTaskOutcome> {
    const [client, ssm] = await Promise.all([this.clients.ssm(this.config.homeRegion), loadSsm()]);
    let delay = 200;
    for (;;) {
      const left = deadline.remainingMs() - ANSWER_RESERVE_MS;
      if (left <= 0) return { state: 'running', executionId };
      const execution = await this.read(client, ssm, executionId, left);
      if (execution === undefined) return { state: 'unread', executionId };
      const status = execution.AutomationExecutionStatus ?? 'Pending';
      if (status === SUCCEEDED) {
        return { state: 'done', executionId, result: parseUserTaskResult(plan, payloadOf(execution)) };
      }
      if (FINAL.has(status)) {
        return { state: 'failed', executionId, code: failureCode(execution.FailureMessage) };
      }
      const wait = Math.min(delay, deadline.remainingMs() - ANSWER_RESERVE_MS);
      if (wait <= 0) return { state: 'running', executionId };
      await this.sleep(wait);
      delay = Math.min(Math.round(delay * 1.5), 1_000);
    }
  }

  private async read(
    client: SSMClient,
    ssm: Awaited<ReturnType<typeof loadSsm>>,
    executionId: string,
    budgetMs: number,
  ) {
    try {
      const { AutomationExecution } = await client.send(
        new ssm.GetAutomationExecutionCommand({ AutomationExecutionId: executionId }),
        { abortSignal: AbortSignal.timeout(budgetMs) },
      );
      return AutomationExecution ?? undefined;
    } catch {
      // Throttled, slow, or not yet visible: the execution goes on whatever this read says.
      return undefined;
    }
  }
}

/**
 * The Lambda's result: the document's output (InvokeUserManagement.Payload) on the execution, or on one of
 * its steps (a run through TargetLocations may report it per location); undefined when neither holds it.
 */
function payloadOf(execution: AutomationExecution): string | undefined {
  const outputs = [execution.Outputs, ...(execution.StepExecutions ?? []).map((step) => step.Outputs)];
  for (const output of outputs) {
    const payload = Object.entries(output ?? {}).find(([key]) => key.endsWith('Payload'))?.[1]?.[0];
    if (payload !== undefined) return payload;
  }
  return undefined;
}

/** The document's parameters: exactly the event's fields this action uses (Automation fills the rest). */
function parametersOf(plan: UserTaskPlan): Record<string, string[]> {
  return {
    action: [USER_ACTIONS[plan.action]],
    db_name: [plan.database],
    rds_secret_name: [plan.masterSecret],
    ...(plan.username ? { username: [plan.username] } : {}),
    ...(plan.role ? { role: [plan.role] } : {}),
  };
}

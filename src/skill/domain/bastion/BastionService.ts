import type { GetCommandInvocationCommandOutput, SSMClient } from '@aws-sdk/client-ssm';
import { AwsCallFailed } from '../../../aws/AwsCallFailed.js';
import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { PromiseCache } from '../../../aws/PromiseCache.js';
import { loadSsm } from '../../../aws/sdk.js';
import { ParameterPaths } from '../../../contract/ParameterPaths.js';
import { ResourceNames } from '../../../contract/ResourceNames.js';
import type { SkillConfig } from '../config/SkillConfig.js';
import type { Deadline } from '../Deadline.js';
import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import { CHECK_FAILURE_REASONS, type CheckFailureReason } from './CheckFailureReason.js';
import type { CheckName } from './CheckName.js';
import type { CheckOutcome } from './CheckOutcome.js';
import { type CheckFamily, checkFamily } from './checkFamily.js';
import { isCheckSupported } from './checkSupport.js';
import {
  BastionNotConfigured,
  BastionNotResponding,
  CheckFailed,
  CheckUnsupported,
  InstanceNotRunning,
} from './errors.js';
import { parseCheckOutput } from './parseCheckOutput.js';
import { runCheckCommand } from './runCheckCommand.js';

export interface CheckRequest {
  readonly instance: DbInstanceSummary;
  readonly check: CheckName;
  /** For the parameter check: the name as the engine spells it. */
  readonly parameter?: string;
}

type Ssm = Awaited<ReturnType<typeof loadSsm>>;

/** RDS states in which nothing answers on the endpoint. */
const NOT_RUNNING = new Set([
  'stopped',
  'stopping',
  'starting',
  'creating',
  'deleting',
  'failed',
  'inaccessible-encryption-credentials',
  'inaccessible-encryption-credentials-recoverable',
  'incompatible-network',
  'incompatible-restore',
]);

const FINISHED = new Set(['Success', 'Failed', 'Cancelled', 'TimedOut', 'Cancelling']);

/** A bastion's Name tag changes only when the stack is redeployed: a warm container keeps it this long. */
const BASTION_NAME_TTL_MS = 5 * 60_000;

/**
 * The runner must be able to finish and publish inside this margin for the skill to see its result first;
 * slower runs e-mail it (run-check --notify-after).
 */
const NOTIFY_MARGIN_SECONDS = 2;

/** What the runner's database names default to when RDS reports none (Aurora instances, MySQL). */
const DEFAULT_DATABASE: Record<CheckFamily, string> = {
  oracle: 'ORCL',
  mysql: 'information_schema',
  postgres: 'postgres',
  sqlserver: 'master',
};

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name ?? '') : '';
}

function failureReason(reason: string | undefined): CheckFailureReason {
  return (CHECK_FAILURE_REASONS as readonly string[]).includes(reason ?? '')
    ? (reason as CheckFailureReason)
    : 'runner-failed';
}

/**
 * Runs SQL checks on a Region's bastion with SSM Run Command: finds the bastion's Name tag in Parameter
 * Store, sends sql-scripts/run-check as one AWS-RunShellScript line targeted by that tag, and polls the
 * invocation until it ends or the request's answer is due. Never handles a password: the runner fetches it.
 */
export class BastionService {
  /** Each Region's bastion Name tag, from Parameter Store. */
  private readonly bastionNames: PromiseCache<string, string>;

  constructor(
    private readonly clients: AwsClients,
    private readonly config: SkillConfig,
    now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {
    this.bastionNames = new PromiseCache(BASTION_NAME_TTL_MS, now);
  }

  /** Throws what can be known without AWS: an engine without checks, a check it cannot answer, a stopped instance. */
  assertRunnable(instance: DbInstanceSummary, check: CheckName): CheckFamily {
    const family = checkFamily(instance.engine);
    if (!family) throw new CheckUnsupported(instance.engine);
    if (!isCheckSupported(family, check)) throw new CheckUnsupported(instance.engine, check);
    if (!instance.endpoint || NOT_RUNNING.has(instance.status)) {
      throw new InstanceNotRunning(instance.name, instance.region, instance.status);
    }
    return family;
  }

  async run(request: CheckRequest, deadline: Deadline): Promise<CheckOutcome> {
    const { instance, check } = request;
    const family = this.assertRunnable(instance, check);
    const [ssm, sdk] = await Promise.all([this.clients.ssm(instance.region), loadSsm()]);
    const bastion = await this.bastionName(ssm, sdk, instance.region, deadline);
    const settings = this.config.bastion;
    const notifying = this.config.topicArn !== '';
    const command = runCheckCommand({
      scriptsDirectory: settings.scriptsDirectory,
      engine: instance.engine,
      host: instance.endpoint!.address,
      port: instance.endpoint!.port,
      user: settings.dbUsers[family],
      database: instance.dbName || DEFAULT_DATABASE[family],
      check,
      instance: instance.identifier,
      region: instance.region,
      ...(request.parameter ? { parameter: request.parameter } : {}),
      ...(notifying
        ? {
            topic: {
              arn: this.config.topicArn,
              notifyAfterSeconds: Math.max(
                0,
                Math.floor((deadline.remainingMs() - settings.answerReserveMs) / 1000) -
                  NOTIFY_MARGIN_SECONDS,
              ),
            },
          }
        : {}),
      parameterPrefix: this.config.parameterPrefix,
    });
    const sent = await callAws('SendCommand', () =>
      ssm.send(
        new sdk.SendCommandCommand({
          DocumentName: ResourceNames.runShellScriptDocument,
          Targets: [{ Key: 'tag:Name', Values: [bastion] }],
          Parameters: { commands: [command], executionTimeout: [String(settings.executionTimeoutSeconds)] },
          TimeoutSeconds: settings.deliveryTimeoutSeconds,
          Comment: `dbvoice ${check} ${instance.identifier}`.slice(0, 100),
          MaxConcurrency: '1',
          MaxErrors: '1',
          // A record of every check on the bastion (issue 12.11); run-check never prints a password.
          CloudWatchOutputConfig: {
            CloudWatchOutputEnabled: true,
            CloudWatchLogGroupName: ResourceNames.bastionCommandLogGroup,
          },
        }),
        { abortSignal: deadline.signal() },
      ),
    );
    const commandId = sent?.Command?.CommandId;
    if (!commandId)
      throw new BastionNotResponding(instance.region, false, 'SendCommand returned no command id');
    return this.poll(ssm, sdk, commandId, instance, deadline, notifying);
  }

  private bastionName(ssm: SSMClient, sdk: Ssm, region: string, deadline: Deadline): Promise<string> {
    return this.bastionNames.get(region, () => this.readBastionName(ssm, sdk, region, deadline));
  }

  private async readBastionName(
    ssm: SSMClient,
    sdk: Ssm,
    region: string,
    deadline: Deadline,
  ): Promise<string> {
    const name = ParameterPaths.bastion(this.config.parameterPrefix, region);
    try {
      const result = await callAws('GetParameter', () =>
        ssm.send(new sdk.GetParameterCommand({ Name: name }), { abortSignal: deadline.signal() }),
      );
      const value = result?.Parameter?.Value?.trim();
      if (!value) throw new BastionNotConfigured(region, name);
      return value;
    } catch (error) {
      if (errorName(error) === 'ParameterNotFound')
        throw new BastionNotConfigured(region, name, { cause: error });
      throw error;
    }
  }

  /**
   * SendCommand targets the bastion by tag, so its instance id is learnt from ListCommandInvocations once
   * SSM has resolved the target; GetCommandInvocation then gives the output. Both may lag behind
   * SendCommand (an empty list, InvocationDoesNotExist): poll again, with a short backoff, until the answer
   * is due.
   */
  private async poll(
    ssm: SSMClient,
    sdk: Ssm,
    commandId: string,
    instance: DbInstanceSummary,
    deadline: Deadline,
    notifying: boolean,
  ): Promise<CheckOutcome> {
    const reserve = this.config.bastion.answerReserveMs;
    let bastionId: string | undefined;
    let status = 'Pending';
    let delay = 250;
    for (;;) {
      const left = deadline.remainingMs() - reserve;
      if (left <= 0) break;
      const options = { abortSignal: AbortSignal.timeout(left) };
      try {
        if (!bastionId) {
          const list = await callAws('ListCommandInvocations', () =>
            ssm.send(new sdk.ListCommandInvocationsCommand({ CommandId: commandId }), options),
          );
          const invocation = list?.CommandInvocations?.find((i) => i.InstanceId);
          if (invocation?.InstanceId) {
            bastionId = invocation.InstanceId;
            status = invocation.Status ?? status;
            continue;
          }
        } else {
          const invocation = await callAws('GetCommandInvocation', () =>
            ssm.send(
              new sdk.GetCommandInvocationCommand({ CommandId: commandId, InstanceId: bastionId }),
              options,
            ),
          );
          status = invocation?.Status ?? status;
          if (FINISHED.has(status)) return this.finished(invocation, instance, notifying);
        }
      } catch (error) {
        // Throttling or a slow answer while waiting does not stop the check on the bastion: say it runs.
        if (error instanceof AwsCallFailed) break;
        if (errorName(error) !== 'InvocationDoesNotExist') throw error;
      }
      const wait = Math.min(delay, deadline.remainingMs() - reserve);
      if (wait <= 0) break;
      await this.sleep(wait);
      delay = Math.min(Math.round(delay * 1.5), 1_000);
    }
    if (status === 'InProgress') return { state: 'running', notifying };
    throw new BastionNotResponding(
      instance.region,
      notifying,
      bastionId ? `the invocation is still ${status}` : 'no bastion picked the command up',
    );
  }

  private finished(
    invocation: GetCommandInvocationCommandOutput,
    instance: DbInstanceSummary,
    notifying: boolean,
  ): CheckOutcome {
    const stderr = (invocation.StandardErrorContent ?? '').trim().slice(0, 300);
    const failed = (reason: CheckFailureReason, detail: string, user?: string, database?: string) =>
      new CheckFailed(instance.name, instance.region, reason, detail, user, database);
    if (invocation.StatusDetails === 'DeliveryTimedOut' || invocation.StatusDetails === 'Undeliverable') {
      throw new BastionNotResponding(instance.region, notifying, invocation.StatusDetails);
    }
    if (invocation.Status === 'TimedOut')
      throw failed('timeout', 'the SSM execution timeout ended the check');
    if (invocation.Status === 'Cancelled' || invocation.Status === 'Cancelling')
      throw failed('cancelled', stderr);
    const output = parseCheckOutput(invocation.StandardOutputContent ?? '');
    if (output.complete) {
      if (output.fields.status === 'ok') return { state: 'done', output };
      throw failed(
        failureReason(output.fields.reason),
        output.fields.message ?? stderr,
        output.fields.user,
        output.fields.database,
      );
    }
    // No result block: the runner is not installed (127) or died before printing one.
    throw failed(invocation.ResponseCode === 127 ? 'runner-missing' : 'runner-failed', stderr);
  }
}

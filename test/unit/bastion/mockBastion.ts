import {
  GetCommandInvocationCommand,
  type GetCommandInvocationCommandOutput,
  GetParameterCommand,
  ListCommandInvocationsCommand,
  SendCommandCommand,
  type SendCommandCommandInput,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';

export const BASTION_ID = 'i-0bastion0000000001';

/** How the mocked Run Command behaves, step by step as the skill polls. */
export interface BastionScript {
  /** The bastion Name tag in Parameter Store; undefined: ParameterNotFound. */
  readonly bastionName?: string | undefined;
  /** ListCommandInvocations answers an empty list this many times first (targets not resolved yet). */
  readonly unresolvedPolls?: number;
  /** GetCommandInvocation says InvocationDoesNotExist this many times first. */
  readonly invisiblePolls?: number;
  /** Then InProgress this many times (Infinity: the check outlives the request). */
  readonly runningPolls?: number;
  /** Then this (Status defaults to Success). */
  readonly result?: Partial<GetCommandInvocationCommandOutput>;
  /** Status while not finished: InProgress, or Pending for a bastion that never picks the command up. */
  readonly waitingStatus?: 'InProgress' | 'Pending';
}

function notVisible(): Error {
  return Object.assign(new Error('Invocation does not exist'), {
    name: 'InvocationDoesNotExist',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
  });
}

/** A runner result block, as run-check prints it. */
export function resultBlock(fields: Record<string, string>, rows: Record<string, string>[] = []): string {
  const encode = (v: string) =>
    v
      .replace(/%/g, '%25')
      .replace(/ /g, '%20')
      .replace(/=/g, '%3D')
      .replace(/\t/g, '%09')
      .replace(/\n/g, '%0A');
  const line = (kind: string, record: Record<string, string>) =>
    `${kind} ${Object.entries(record)
      .map(([k, v]) => `${k}=${encode(v)}`)
      .join(' ')}`;
  return [
    'DBVOICE_BEGIN version=1',
    ...rows.map((row) => line('DBVOICE_ROW', row)),
    `DBVOICE_RESULT rows=${rows.length}`,
    ...Object.entries(fields).map(([k, v]) => line('DBVOICE_RESULT', { [k]: v })),
    'DBVOICE_END',
    '',
  ].join('\n');
}

/** A successful run-check invocation with these rows. */
export function okResult(rows: Record<string, string>[]): Partial<GetCommandInvocationCommandOutput> {
  return { Status: 'Success', ResponseCode: 0, StandardOutputContent: resultBlock({ status: 'ok' }, rows) };
}

/** A failed run-check invocation that still printed its block. */
export function failedResult(
  reason: string,
  message: string,
  code = 5,
): Partial<GetCommandInvocationCommandOutput> {
  return {
    Status: 'Failed',
    ResponseCode: code,
    StandardOutputContent: resultBlock({ status: 'error', reason, message, user: 'dbvoice_monitor' }),
    StandardErrorContent: `run-check: ${reason}: ${message}\n`,
  };
}

/**
 * Mocks SSM for one bastion check: the bastion parameter, SendCommand, target resolution
 * (ListCommandInvocations) and GetCommandInvocation. `sent()` returns every SendCommand input.
 */
export function mockBastion(script: BastionScript) {
  const ssm = mockClient(SSMClient);
  const bastionName = 'bastionName' in script ? script.bastionName : 'dbvoice-bastion-us-west-2';
  ssm.on(GetParameterCommand).callsFake(async (input: { Name: string }) => {
    if (input.Name.includes('/configuration/bastion/') && bastionName !== undefined) {
      return { Parameter: { Name: input.Name, Value: bastionName, Type: 'String' } };
    }
    throw Object.assign(new Error('ParameterNotFound'), {
      name: 'ParameterNotFound',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
    });
  });
  ssm.on(SendCommandCommand).resolves({ Command: { CommandId: 'cmd-0001', Status: 'Pending' } });
  let listed = 0;
  const waiting = script.waitingStatus ?? 'InProgress';
  ssm.on(ListCommandInvocationsCommand).callsFake(async () => {
    listed += 1;
    if (listed <= (script.unresolvedPolls ?? 0)) return { CommandInvocations: [] };
    return { CommandInvocations: [{ CommandId: 'cmd-0001', InstanceId: BASTION_ID, Status: 'Pending' }] };
  });
  let got = 0;
  ssm.on(GetCommandInvocationCommand).callsFake(async () => {
    got += 1;
    const invisible = script.invisiblePolls ?? 0;
    if (got <= invisible) throw notVisible();
    if (got <= invisible + (script.runningPolls ?? 0)) {
      return { CommandId: 'cmd-0001', InstanceId: BASTION_ID, Status: waiting, StatusDetails: waiting };
    }
    return {
      CommandId: 'cmd-0001',
      InstanceId: BASTION_ID,
      Status: 'Success',
      StatusDetails: script.result?.Status ?? 'Success',
      ...script.result,
    };
  });
  return {
    ssm,
    sent: () =>
      ssm.commandCalls(SendCommandCommand).map((call) => call.args[0].input as SendCommandCommandInput),
    command: () => {
      const input = ssm.commandCalls(SendCommandCommand)[0]?.args[0].input as
        | SendCommandCommandInput
        | undefined;
      return input?.Parameters?.commands?.[0] ?? '';
    },
    operations: () =>
      ssm.calls().map((call) => (call.args[0] as object).constructor.name.replace(/Command$/, '')),
  };
}

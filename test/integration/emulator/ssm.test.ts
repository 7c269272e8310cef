import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GetCommandInvocationCommand,
  type GetCommandInvocationCommandOutput,
  GetParameterCommand,
  GetParametersCommand,
  InvalidDocument,
  InvalidInstanceId,
  InvocationDoesNotExist,
  ListCommandInvocationsCommand,
  ParameterNotFound,
  SendCommandCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createControlClient } from '../../../src/local/emulator/controlClient.js';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import type { Fleet } from '../../../src/local/emulator/fleet/Fleet.js';
import { clientConfig } from './support/clientConfig.js';
import { waitFor } from './support/waitFor.js';

const FAST = { invocationVisibleAfterMs: 150, commandPendingMs: 250, commandDelayMs: 600 } as const;

/**
 * A fleet with one bastion, a loopback instance (real runner) and a remote one (canned output). Synthesised
 * runner output is off, so a check without canned output shows the plain "no canned output" failure.
 */
const fleet: Fleet = {
  settings: { synthesizeBastionOutputs: false },
  regions: {
    'us-west-2': {
      bastions: [
        { instanceId: 'i-0bastion0000001', name: 'dbvoice-bastion-us-west-2' },
        { instanceId: 'i-0bastion0000002', name: 'offline-bastion', online: false },
      ],
      instances: [
        {
          identifier: 'local-blog',
          engine: 'mariadb',
          endpoint: { host: '127.0.0.1', port: 3306 },
          logs: [],
        },
        { identifier: 'remote-hr', engine: 'oracle-ee', logs: [] },
        { identifier: 'slow-hr', engine: 'oracle-ee', logs: [] },
      ],
      parameters: [
        { name: '/rds/configuration/bastion/us-west-2', value: 'dbvoice-bastion-us-west-2' },
        { name: '/rds/remote-hr/dbpassword', value: 'hunter2', type: 'SecureString' },
        { name: '/rds/local-blog/dbpassword', value: 'blogpw', type: 'SecureString' },
        { name: '/rds/local-blog/deep/nested', value: 'x' },
      ],
    },
  },
  bastionOutputs: {
    'remote-hr': {
      connect: { stdout: 'CANNED connect remote-hr\n', exitCode: 0 },
      tablespace: 'CANNED tablespace\n',
    },
    'slow-hr': { connect: { status: 'InProgress' } },
  },
};

function runCheck(instance: string, check = 'connect'): string {
  return `/opt/dbvoice/run-check --engine mysql --host 127.0.0.1 --port 3306 --user root --database blog --check ${check} --instance ${instance} --parameter /rds/${instance}/dbpassword`;
}

describe('Emulator: SSM (JSON 1.1) with the real @aws-sdk/client-ssm', () => {
  let emulator: Emulator;
  let ssm: SSMClient;
  let repoRoot: string;

  beforeAll(async () => {
    // A stand-in for sql-scripts/run-check: echoes its arguments and the endpoint it was given.
    repoRoot = mkdtempSync(join(tmpdir(), 'emulator-runner-'));
    mkdirSync(join(repoRoot, 'sql-scripts'));
    const runner = join(repoRoot, 'sql-scripts', 'run-check');
    writeFileSync(
      runner,
      [
        '#!/usr/bin/env bash',
        'echo "args: $*"',
        'echo "endpoint: $AWS_ENDPOINT_URL region: $AWS_DEFAULT_REGION key: $AWS_ACCESS_KEY_ID"',
        'if [[ "$*" == *"--check fail"* ]]; then echo "boom" >&2; exit 3; fi',
        'if [[ "$*" == *"--check sleep"* ]]; then sleep 30; fi',
        '',
      ].join('\n'),
    );
    chmodSync(runner, 0o755);
    emulator = await createEmulator({ fleet, repoRoot, settings: FAST });
    ssm = new SSMClient(clientConfig(emulator));
  });
  afterAll(async () => {
    ssm.destroy();
    await emulator.close();
    rmSync(repoRoot, { recursive: true, force: true });
  });

  async function send(
    commands: string[],
    targets = ['dbvoice-bastion-us-west-2'],
    executionTimeout?: string,
  ) {
    const { Command } = await ssm.send(
      new SendCommandCommand({
        DocumentName: 'AWS-RunShellScript',
        Targets: [{ Key: 'tag:Name', Values: targets }],
        Parameters: { commands, ...(executionTimeout ? { executionTimeout: [executionTimeout] } : {}) },
        TimeoutSeconds: 60,
      }),
    );
    return Command!;
  }

  async function finished(
    commandId: string,
    instanceId = 'i-0bastion0000001',
  ): Promise<GetCommandInvocationCommandOutput> {
    return waitFor(
      () =>
        ssm
          .send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId }))
          .catch(() => undefined),
      (output) => output !== undefined && !['Pending', 'InProgress', 'Delayed'].includes(output.Status ?? ''),
    ) as Promise<GetCommandInvocationCommandOutput>;
  }

  describe('Parameter Store', () => {
    it('reads String and SecureString parameters, decrypted only on request', async () => {
      // Act
      const bastion = await ssm.send(
        new GetParameterCommand({ Name: '/rds/configuration/bastion/us-west-2' }),
      );
      const encrypted = await ssm.send(new GetParameterCommand({ Name: '/rds/remote-hr/dbpassword' }));
      const decrypted = await ssm.send(
        new GetParameterCommand({ Name: '/rds/remote-hr/dbpassword', WithDecryption: true }),
      );

      // Assess
      expect(bastion.Parameter).toMatchObject({
        Type: 'String',
        Value: 'dbvoice-bastion-us-west-2',
        Version: 1,
      });
      expect(bastion.Parameter?.LastModifiedDate).toBeInstanceOf(Date);
      expect(encrypted.Parameter?.Type).toBe('SecureString');
      expect(encrypted.Parameter?.Value).not.toContain('hunter2');
      expect(decrypted.Parameter?.Value).toBe('hunter2');
    });

    it('raises ParameterNotFound, and lists unknown names of GetParameters as InvalidParameters', async () => {
      // Act
      const missing = await ssm.send(new GetParameterCommand({ Name: '/rds/nope' })).catch((e) => e);
      const several = await ssm.send(
        new GetParametersCommand({ Names: ['/rds/remote-hr/dbpassword', '/rds/nope'] }),
      );

      // Assess
      expect(missing).toBeInstanceOf(ParameterNotFound);
      expect(several.Parameters?.map((p) => p.Name)).toEqual(['/rds/remote-hr/dbpassword']);
      expect(several.InvalidParameters).toEqual(['/rds/nope']);
    });
  });

  describe('Run Command', () => {
    it('goes InvocationDoesNotExist -> Pending/InProgress -> Success with the canned output', async () => {
      // Act
      const command = await send([runCheck('remote-hr')]);
      const early = await ssm
        .send(
          new GetCommandInvocationCommand({ CommandId: command.CommandId, InstanceId: 'i-0bastion0000001' }),
        )
        .catch((e) => e);
      const seen = new Set<string>();
      const done = await waitFor(
        () =>
          ssm
            .send(
              new GetCommandInvocationCommand({
                CommandId: command.CommandId,
                InstanceId: 'i-0bastion0000001',
              }),
            )
            .catch(() => undefined),
        (output) => {
          if (output?.Status) seen.add(output.Status);
          return output?.Status === 'Success';
        },
      );

      // Assess
      expect(command.Status).toBe('Pending');
      expect(command.TargetCount).toBe(1);
      expect(early).toBeInstanceOf(InvocationDoesNotExist);
      expect(seen.has('InProgress')).toBe(true);
      expect(done?.StandardOutputContent).toBe('CANNED connect remote-hr\n');
      expect(done?.ResponseCode).toBe(0);
      expect(done?.ExecutionEndDateTime).not.toBe('');
    });

    it('uses a plain string as canned stdout, and fails when there is no canned output', async () => {
      // Act
      const tablespace = await finished((await send([runCheck('remote-hr', 'tablespace')])).CommandId!);
      const none = await finished((await send([runCheck('remote-hr', 'sessions')])).CommandId!);
      const other = await finished((await send(['uptime'])).CommandId!);

      // Assess
      expect(tablespace.StandardOutputContent).toBe('CANNED tablespace\n');
      expect(none.Status).toBe('Failed');
      expect(none.StandardErrorContent).toContain('no canned output for instance remote-hr check sessions');
      expect(other.Status).toBe('Failed');
    });

    it('runs sql-scripts/run-check for a loopback instance, with the emulator as its AWS endpoint', async () => {
      // Act
      const ok = await finished((await send([runCheck('local-blog')])).CommandId!);
      const failing = await finished((await send([runCheck('local-blog', 'fail')])).CommandId!);

      // Assess
      expect(ok.Status).toBe('Success');
      expect(ok.StandardOutputContent).toContain('args: --engine mysql --host 127.0.0.1 --port 3306');
      expect(ok.StandardOutputContent).toContain('--instance local-blog');
      expect(ok.StandardOutputContent).toContain(`endpoint: ${emulator.url} region: us-west-2 key: emulator`);
      expect(failing.Status).toBe('Failed');
      expect(failing.ResponseCode).toBe(3);
      expect(failing.StandardErrorContent).toBe('boom\n');
    });

    it('says so when the runner is not there yet', async () => {
      // Prepare
      const bare = await createEmulator({
        fleet,
        repoRoot: mkdtempSync(join(tmpdir(), 'emulator-norunner-')),
        settings: FAST,
      });
      const client = new SSMClient(clientConfig(bare));
      try {
        const { Command } = await client.send(
          new SendCommandCommand({
            DocumentName: 'AWS-RunShellScript',
            InstanceIds: ['i-0bastion0000001'],
            Parameters: { commands: [runCheck('local-blog')] },
          }),
        );

        // Act
        const result = await waitFor(
          () =>
            client
              .send(
                new GetCommandInvocationCommand({
                  CommandId: Command?.CommandId,
                  InstanceId: 'i-0bastion0000001',
                }),
              )
              .catch(() => undefined),
          (output) => output?.Status === 'Failed',
        );

        // Assess
        expect(result?.StandardErrorContent).toContain('sql-scripts/run-check does not exist yet');
      } finally {
        client.destroy();
        await bare.close();
      }
    });

    it('times out a command that outlives its executionTimeout, killing the runner', async () => {
      // Act
      const result = await finished(
        (await send([runCheck('local-blog', 'sleep')], undefined, '1')).CommandId!,
      );

      // Assess
      expect(result.Status).toBe('TimedOut');
      expect(result.StatusDetails).toBe('ExecutionTimedOut');
    });

    it('keeps a never-answering bastion InProgress until the clock passes the execution timeout', async () => {
      // Prepare
      const control = createControlClient(emulator.url);
      const command = await send([runCheck('slow-hr')], undefined, '120');
      await new Promise((resolve) => setTimeout(resolve, 800));

      // Act
      const running = await ssm.send(
        new GetCommandInvocationCommand({ CommandId: command.CommandId, InstanceId: 'i-0bastion0000001' }),
      );
      await control.advanceClock(121_000);
      const timedOut = await ssm.send(
        new GetCommandInvocationCommand({ CommandId: command.CommandId, InstanceId: 'i-0bastion0000001' }),
      );

      // Assess
      expect(running.Status).toBe('InProgress');
      expect(timedOut.Status).toBe('TimedOut');
    });

    it('leaves an offline bastion Pending, then DeliveryTimedOut', async () => {
      // Prepare
      const control = createControlClient(emulator.url);
      const command = await send([runCheck('remote-hr')], ['offline-bastion']);
      await new Promise((resolve) => setTimeout(resolve, 300));

      // Act
      const pending = await ssm.send(
        new GetCommandInvocationCommand({ CommandId: command.CommandId, InstanceId: 'i-0bastion0000002' }),
      );
      await control.advanceClock(61_000);
      const expired = await ssm.send(
        new GetCommandInvocationCommand({ CommandId: command.CommandId, InstanceId: 'i-0bastion0000002' }),
      );

      // Assess
      expect(pending.Status).toBe('Pending');
      expect(expired).toMatchObject({ Status: 'TimedOut', StatusDetails: 'DeliveryTimedOut' });
    });

    it('lists invocations with plugin output when Details is asked', async () => {
      // Prepare
      const command = await send([runCheck('remote-hr')]);
      await finished(command.CommandId!);

      // Act
      const { CommandInvocations = [] } = await ssm.send(
        new ListCommandInvocationsCommand({ CommandId: command.CommandId, Details: true }),
      );

      // Assess
      expect(CommandInvocations).toHaveLength(1);
      expect(CommandInvocations[0]).toMatchObject({
        InstanceId: 'i-0bastion0000001',
        InstanceName: 'dbvoice-bastion-us-west-2',
        Status: 'Success',
      });
      expect(CommandInvocations[0]?.CommandPlugins?.[0]?.Output).toBe('CANNED connect remote-hr\n');
    });

    it('refuses unknown instances and documents with the SDK typed exceptions', async () => {
      // Act
      const badInstance = await ssm
        .send(
          new SendCommandCommand({
            DocumentName: 'AWS-RunShellScript',
            InstanceIds: ['i-nope'],
            Parameters: { commands: ['true'] },
          }),
        )
        .catch((e) => e);
      const badDocument = await ssm
        .send(
          new SendCommandCommand({
            DocumentName: 'Nope',
            InstanceIds: ['i-0bastion0000001'],
            Parameters: { commands: ['true'] },
          }),
        )
        .catch((e) => e);

      // Assess
      expect(badInstance).toBeInstanceOf(InvalidInstanceId);
      expect(badDocument).toBeInstanceOf(InvalidDocument);
    });
  });
});

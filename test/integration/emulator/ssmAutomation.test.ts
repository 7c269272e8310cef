import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import {
  AutomationDefinitionNotFoundException,
  AutomationExecutionNotFoundException,
  GetAutomationExecutionCommand,
  IdempotentParameterMismatch,
  InvalidAutomationExecutionParametersException,
  SSMClient,
  StartAutomationExecutionCommand,
} from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createControlClient } from '../../../src/local/emulator/controlClient.js';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import type { Fleet } from '../../../src/local/emulator/fleet/Fleet.js';
import {
  describePg,
  pgPasswordMatches,
  pgRoleOf,
  psql,
  useThrowawayPgDatabase,
} from '../../helpers/postgres.js';
import { clientConfig } from './support/clientConfig.js';
import { waitFor } from './support/waitFor.js';

const MASTER = 'local-postgres-master';
const fleet: Fleet = {
  regions: {
    'us-west-2': {
      secrets: [
        {
          name: MASTER,
          value: { engine: 'postgres', host: '127.0.0.1', port: 5432, username: 'postgres', password: '' },
        },
      ],
    },
    'us-east-1': { topics: ['dbvoice-notifications'] },
  },
};

const DOCUMENT = 'DbVoice-UserManagement';

describePg('Emulator: SSM Automation runs the user-management Lambda in process', () => {
  const database = useThrowawayPgDatabase('ssm_automation');
  let emulator: Emulator;
  let ssm: SSMClient;
  let secrets: SecretsManagerClient;

  beforeAll(async () => {
    emulator = await createEmulator({ fleet });
    ssm = new SSMClient(clientConfig(emulator, 'us-east-1'));
    secrets = new SecretsManagerClient(clientConfig(emulator, 'us-west-2'));
  });

  afterAll(async () => {
    await emulator?.close();
  });

  const parameters = (username: string, action = 'create_user', role = 'readonly') => ({
    action: [action],
    db_name: [database.name],
    username: [username],
    ...(role ? { role: [role] } : {}),
    rds_secret_name: [MASTER],
  });
  const location = [{ Accounts: ['123456789012'], Regions: ['us-west-2'] }];
  /** A create_user execution for `username` in the target account and Region. */
  const createIn = (username: string) =>
    ssm.send(
      new StartAutomationExecutionCommand({
        DocumentName: DOCUMENT,
        Parameters: parameters(username),
        TargetLocations: location,
      }),
    );
  const finished = (id: string) =>
    waitFor(
      () => ssm.send(new GetAutomationExecutionCommand({ AutomationExecutionId: id })),
      (out) => out.AutomationExecution?.AutomationExecutionStatus !== 'InProgress',
    );

  it('creates a login in the target Region: the output names the secret, the secret holds the password', async () => {
    // Prepare
    const username = database.newUser('a');

    // Act
    const started = await createIn(username);
    const done = await finished(started.AutomationExecutionId!);

    // Assess
    const execution = done.AutomationExecution!;
    expect(execution.AutomationExecutionStatus).toBe('Success');
    const payload = JSON.parse(execution.Outputs?.['InvokeUserManagement.Payload']?.[0] ?? '{}');
    expect(payload).toMatchObject({ action: 'create_user', status: 'created', username });
    expect(JSON.stringify(execution)).not.toMatch(/"password"/);
    // The stand-in for the EventBridge rule: the end is on the start Region's topic, without the result.
    const mails = await createControlClient(emulator.url).published();
    const ended = mails.find((mail) => mail.message.includes(started.AutomationExecutionId!));
    expect(ended?.message).toMatch(/ended: Success/);
    expect(ended?.message).not.toContain(payload.secret_name);
    const secret = await secrets.send(new GetSecretValueCommand({ SecretId: payload.secret_name }));
    const { password } = JSON.parse(secret.SecretString ?? '{}');
    expect(await pgPasswordMatches(username, password)).toBe(true);
    expect(await pgRoleOf(username, database.name)).toBe('readonly');
  });

  it('returns the same execution for the same ClientToken, and runs it once', async () => {
    // Prepare
    const username = database.newUser('b');
    const request = {
      DocumentName: DOCUMENT,
      Parameters: parameters(username),
      TargetLocations: location,
      ClientToken: '6f1c2a53-0d4e-4b8e-9a51-3b7f1c2d9e10',
    };

    // Act
    const first = await ssm.send(new StartAutomationExecutionCommand(request));
    const again = await ssm.send(new StartAutomationExecutionCommand(request));
    const done = await finished(first.AutomationExecutionId!);

    // Assess
    expect(again.AutomationExecutionId).toBe(first.AutomationExecutionId);
    expect(done.AutomationExecution?.AutomationExecutionStatus).toBe('Success');
    await expect(
      ssm.send(
        new StartAutomationExecutionCommand({
          ...request,
          Parameters: parameters(username, 'reset_password', ''),
        }),
      ),
    ).rejects.toBeInstanceOf(IdempotentParameterMismatch);
  });

  it("fails the execution with the Lambda's error code when the action is refused", async () => {
    // Prepare: a user created by a first execution
    const username = database.newUser('c');
    const first = await createIn(username);
    await finished(first.AutomationExecutionId!);

    // Act
    const second = await createIn(username);
    const done = await finished(second.AutomationExecutionId!);

    // Assess
    expect(done.AutomationExecution?.AutomationExecutionStatus).toBe('Failed');
    expect(done.AutomationExecution?.FailureMessage).toMatch(/UserAlreadyExists/);
  });

  it('refuses what SSM refuses: an unknown document, a parameter outside the document, an unknown execution', async () => {
    await expect(
      ssm.send(new StartAutomationExecutionCommand({ DocumentName: 'AWS-RestartEC2Instance' })),
    ).rejects.toBeInstanceOf(AutomationDefinitionNotFoundException);
    await expect(
      ssm.send(
        new StartAutomationExecutionCommand({
          DocumentName: DOCUMENT,
          Parameters: { ...parameters("bob'; DROP ROLE postgres; --") },
        }),
      ),
    ).rejects.toBeInstanceOf(InvalidAutomationExecutionParametersException);
    await expect(
      ssm.send(
        new GetAutomationExecutionCommand({ AutomationExecutionId: 'a8e5f3c0-0000-4000-8000-000000000000' }),
      ),
    ).rejects.toBeInstanceOf(AutomationExecutionNotFoundException);
    expect(await psql("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'bob%'")).toBe('0');
  });
});

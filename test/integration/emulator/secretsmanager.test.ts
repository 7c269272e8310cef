import {
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetRandomPasswordCommand,
  GetResourcePolicyCommand,
  GetSecretValueCommand,
  InvalidParameterException,
  InvalidRequestException,
  ListSecretsCommand,
  MalformedPolicyDocumentException,
  PutResourcePolicyCommand,
  PutSecretValueCommand,
  ResourceExistsException,
  ResourceNotFoundException,
  RestoreSecretCommand,
  RotateSecretCommand,
  SecretsManagerClient,
  TagResourceCommand,
  UpdateSecretVersionStageCommand,
} from '@aws-sdk/client-secrets-manager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createControlClient } from '../../../src/local/emulator/controlClient.js';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import { clientConfig } from './support/clientConfig.js';

describe('Emulator: Secrets Manager (JSON 1.1) with the real @aws-sdk/client-secrets-manager', () => {
  let emulator: Emulator;
  let secrets: SecretsManagerClient;

  beforeAll(async () => {
    emulator = await createEmulator();
    secrets = new SecretsManagerClient(clientConfig(emulator, 'us-east-1'));
  });
  afterAll(async () => {
    secrets.destroy();
    await emulator.close();
  });

  it('reads a demo secret by name and by ARN', async () => {
    // Act
    const byName = await secrets.send(new GetSecretValueCommand({ SecretId: 'dbvoice/prod-sales-01/admin' }));
    const byArn = await secrets.send(new GetSecretValueCommand({ SecretId: byName.ARN }));

    // Assess
    expect(JSON.parse(byName.SecretString ?? '{}')).toMatchObject({ username: 'admin', engine: 'mysql' });
    expect(byName.VersionStages).toEqual(['AWSCURRENT']);
    expect(byName.ARN).toMatch(
      /^arn:aws:secretsmanager:us-east-1:123456789012:secret:dbvoice\/prod-sales-01\/admin-\w{6}$/,
    );
    expect(byArn.VersionId).toBe(byName.VersionId);
  });

  it('creates a secret and refuses a second one of the same name', async () => {
    // Act
    const created = await secrets.send(
      new CreateSecretCommand({
        Name: 'app/user1',
        SecretString: '{"username":"u1","password":"p1"}',
        Tags: [{ Key: 'team', Value: 'db' }],
      }),
    );
    const again = await secrets
      .send(new CreateSecretCommand({ Name: 'app/user1', SecretString: 'x' }))
      .catch((e) => e);

    // Assess
    expect(created.VersionId).toBeTruthy();
    expect(again).toBeInstanceOf(ResourceExistsException);
  });

  it('rotates a password the safe way: AWSPENDING, then promote to AWSCURRENT (old one AWSPREVIOUS)', async () => {
    // Prepare
    const { ARN, VersionId: first } = await secrets.send(
      new CreateSecretCommand({ Name: 'app/user2', SecretString: '{"password":"old"}' }),
    );
    const token = '11111111-2222-4333-8444-555555555555';

    // Act
    const pending = await secrets.send(
      new PutSecretValueCommand({
        SecretId: ARN,
        SecretString: '{"password":"new"}',
        VersionStages: ['AWSPENDING'],
        ClientRequestToken: token,
      }),
    );
    const stillCurrent = await secrets.send(new GetSecretValueCommand({ SecretId: 'app/user2' }));
    const pendingValue = await secrets.send(
      new GetSecretValueCommand({ SecretId: 'app/user2', VersionStage: 'AWSPENDING' }),
    );
    const refused = await secrets
      .send(
        new UpdateSecretVersionStageCommand({
          SecretId: 'app/user2',
          VersionStage: 'AWSCURRENT',
          MoveToVersionId: token,
        }),
      )
      .catch((e) => e);
    await secrets.send(
      new UpdateSecretVersionStageCommand({
        SecretId: 'app/user2',
        VersionStage: 'AWSCURRENT',
        MoveToVersionId: token,
        RemoveFromVersionId: first,
      }),
    );
    await secrets.send(
      new UpdateSecretVersionStageCommand({
        SecretId: 'app/user2',
        VersionStage: 'AWSPENDING',
        RemoveFromVersionId: token,
      }),
    );
    const current = await secrets.send(new GetSecretValueCommand({ SecretId: 'app/user2' }));
    const previous = await secrets.send(
      new GetSecretValueCommand({ SecretId: 'app/user2', VersionStage: 'AWSPREVIOUS' }),
    );
    const described = await secrets.send(new DescribeSecretCommand({ SecretId: 'app/user2' }));

    // Assess
    expect(pending.VersionId).toBe(token);
    expect(stillCurrent.SecretString).toBe('{"password":"old"}');
    expect(pendingValue.SecretString).toBe('{"password":"new"}');
    expect(refused.name).toBe('InvalidParameterException');
    expect(current.SecretString).toBe('{"password":"new"}');
    expect(previous.VersionId).toBe(first);
    expect(described.VersionIdsToStages).toEqual({ [first!]: ['AWSPREVIOUS'], [token]: ['AWSCURRENT'] });
  });

  it('is idempotent on ClientRequestToken and refuses the same token with another value', async () => {
    // Prepare
    await secrets.send(new CreateSecretCommand({ Name: 'app/user3', SecretString: 'a' }));
    const token = '99999999-2222-4333-8444-555555555555';

    // Act
    const once = await secrets.send(
      new PutSecretValueCommand({ SecretId: 'app/user3', SecretString: 'b', ClientRequestToken: token }),
    );
    const twice = await secrets.send(
      new PutSecretValueCommand({ SecretId: 'app/user3', SecretString: 'b', ClientRequestToken: token }),
    );
    const changed = await secrets
      .send(
        new PutSecretValueCommand({ SecretId: 'app/user3', SecretString: 'c', ClientRequestToken: token }),
      )
      .catch((e) => e);

    // Assess
    expect(twice.VersionId).toBe(once.VersionId);
    expect(changed).toBeInstanceOf(ResourceExistsException);
  });

  it('schedules deletion, refuses reads meanwhile, restores, and force-deletes', async () => {
    // Prepare
    await secrets.send(new CreateSecretCommand({ Name: 'app/user4', SecretString: 'a' }));

    // Act
    const scheduled = await secrets.send(
      new DeleteSecretCommand({ SecretId: 'app/user4', RecoveryWindowInDays: 7 }),
    );
    const blocked = await secrets.send(new GetSecretValueCommand({ SecretId: 'app/user4' })).catch((e) => e);
    const listed = await secrets.send(
      new ListSecretsCommand({
        IncludePlannedDeletion: true,
        Filters: [{ Key: 'name', Values: ['app/user4'] }],
      }),
    );
    await secrets.send(new RestoreSecretCommand({ SecretId: 'app/user4' }));
    const restored = await secrets.send(new GetSecretValueCommand({ SecretId: 'app/user4' }));
    await secrets.send(new DeleteSecretCommand({ SecretId: 'app/user4', ForceDeleteWithoutRecovery: true }));
    const gone = await secrets.send(new GetSecretValueCommand({ SecretId: 'app/user4' })).catch((e) => e);
    const bothOptions = await secrets
      .send(
        new DeleteSecretCommand({
          SecretId: 'app/user1',
          RecoveryWindowInDays: 7,
          ForceDeleteWithoutRecovery: true,
        }),
      )
      .catch((e) => e);

    // Assess
    expect(scheduled.DeletionDate?.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    expect(blocked).toBeInstanceOf(InvalidRequestException);
    expect(listed.SecretList?.[0]?.DeletedDate).toBeInstanceOf(Date);
    expect(restored.SecretString).toBe('a');
    expect(gone).toBeInstanceOf(ResourceNotFoundException);
    expect(bothOptions.name).toBe('InvalidParameterException');
  });

  it('tags, filters the list by tag, and keeps a resource policy', async () => {
    // Prepare
    await secrets.send(new CreateSecretCommand({ Name: 'app/user5', SecretString: 'a' }));
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'secretsmanager:GetSecretValue',
          Resource: '*',
        },
      ],
    });

    // Act
    await secrets.send(
      new TagResourceCommand({ SecretId: 'app/user5', Tags: [{ Key: 'owner', Value: 'dba' }] }),
    );
    const byTag = await secrets.send(
      new ListSecretsCommand({ Filters: [{ Key: 'tag-key', Values: ['owner'] }] }),
    );
    await secrets.send(new PutResourcePolicyCommand({ SecretId: 'app/user5', ResourcePolicy: policy }));
    const read = await secrets.send(new GetResourcePolicyCommand({ SecretId: 'app/user5' }));
    const malformed = await secrets
      .send(new PutResourcePolicyCommand({ SecretId: 'app/user5', ResourcePolicy: '{not json' }))
      .catch((e) => e);

    // Assess
    expect(byTag.SecretList?.map((s) => s.Name)).toEqual(['app/user5']);
    expect(byTag.SecretList?.[0]?.Tags).toEqual([{ Key: 'owner', Value: 'dba' }]);
    expect(read.ResourcePolicy).toBe(policy);
    expect(malformed).toBeInstanceOf(MalformedPolicyDocumentException);
  });

  it('rotates a JSON secret with a password itself (there is no Lambda to call)', async () => {
    // Prepare
    await secrets.send(
      new CreateSecretCommand({ Name: 'app/user6', SecretString: '{"username":"u6","password":"old"}' }),
    );

    // Act
    const noLambda = await secrets.send(new RotateSecretCommand({ SecretId: 'app/user6' })).catch((e) => e);
    const rotated = await secrets.send(
      new RotateSecretCommand({
        SecretId: 'app/user6',
        RotationLambdaARN: 'arn:aws:lambda:us-east-1:123456789012:function:rotate',
        RotationRules: { AutomaticallyAfterDays: 30 },
      }),
    );
    const value = JSON.parse(
      (await secrets.send(new GetSecretValueCommand({ SecretId: 'app/user6' }))).SecretString ?? '{}',
    );
    const described = await secrets.send(new DescribeSecretCommand({ SecretId: 'app/user6' }));

    // Assess
    expect(noLambda).toBeInstanceOf(InvalidRequestException);
    expect(rotated.VersionId).toBeTruthy();
    expect(value.username).toBe('u6');
    expect(value.password).not.toBe('old');
    expect(value.password).toHaveLength(32);
    expect(described.RotationEnabled).toBe(true);
    expect(described.RotationRules?.AutomaticallyAfterDays).toBe(30);
    expect(described.LastRotatedDate).toBeInstanceOf(Date);
  });

  it('generates random passwords by the requested rules', async () => {
    // Act
    const { RandomPassword } = await secrets.send(
      new GetRandomPasswordCommand({
        PasswordLength: 24,
        ExcludePunctuation: true,
        ExcludeCharacters: 'lI0O',
      }),
    );

    // Assess
    expect(RandomPassword).toMatch(/^[A-HJ-NP-Za-km-z1-9]{24}$/);
  });
});

describe('Emulator: Secrets Manager idempotency and lost replies', () => {
  let emulator: Emulator;
  let secrets: SecretsManagerClient;
  const control = () => createControlClient(emulator.url);
  const token = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const versionsOf = async (name: string) =>
    (await secrets.send(new DescribeSecretCommand({ SecretId: name }))).VersionIdsToStages;

  beforeAll(async () => {
    emulator = await createEmulator();
    secrets = new SecretsManagerClient(clientConfig(emulator, 'us-east-1'));
  });
  afterAll(async () => {
    secrets.destroy();
    await emulator.close();
  });

  it('answers a CreateSecret retried with the same token and value with the version it made', async () => {
    // Prepare
    const first = await secrets.send(
      new CreateSecretCommand({ Name: 'idem/one', SecretString: 'v1', ClientRequestToken: token(1) }),
    );

    // Act
    const again = await secrets.send(
      new CreateSecretCommand({ Name: 'idem/one', SecretString: 'v1', ClientRequestToken: token(1) }),
    );
    const otherValue = await secrets
      .send(new CreateSecretCommand({ Name: 'idem/one', SecretString: 'v2', ClientRequestToken: token(1) }))
      .catch((e) => e);
    const otherToken = await secrets
      .send(new CreateSecretCommand({ Name: 'idem/one', SecretString: 'v1', ClientRequestToken: token(2) }))
      .catch((e) => e);

    // Assess
    expect(again).toMatchObject({ ARN: first.ARN, VersionId: token(1) });
    expect(otherValue).toBeInstanceOf(ResourceExistsException);
    expect(otherToken).toBeInstanceOf(ResourceExistsException);
    expect(await versionsOf('idem/one')).toEqual({ [token(1)]: ['AWSCURRENT'] });
  });

  it('refuses a tag value Secrets Manager would refuse, such as %', async () => {
    // Act
    const refused = await secrets
      .send(
        new CreateSecretCommand({ Name: 'idem/tag', SecretString: 'x', Tags: [{ Key: 'h', Value: '10.%' }] }),
      )
      .catch((e) => e);

    // Assess
    expect(refused).toBeInstanceOf(InvalidParameterException);
  });

  it('applies a call and then drops the connection when a rule says afterApply', async () => {
    // Prepare
    await control().addFault({
      service: 'secretsmanager',
      operation: 'CreateSecret',
      afterApply: true,
      times: 1,
    });

    // Act
    const lost = await secrets
      .send(new CreateSecretCommand({ Name: 'idem/lost', SecretString: 'v', ClientRequestToken: token(3) }))
      .catch((e) => e);

    // Assess
    expect(lost).toBeInstanceOf(Error);
    expect(lost).not.toBeInstanceOf(ResourceExistsException);
    expect(await versionsOf('idem/lost')).toEqual({ [token(3)]: ['AWSCURRENT'] });
    const [call] = (
      await control().calls({ service: 'secretsmanager', operation: 'CreateSecret' })
    ).calls.slice(-1);
    expect(call).toMatchObject({ status: null, errorCode: 'ConnectionDropped' });
  });

  it("lets the SDK's retry of a create whose reply was lost end in the one version it made", async () => {
    // Prepare: the client as the Lambda builds it, with retries
    const retrying = new SecretsManagerClient(clientConfig(emulator, 'us-east-1', 3));
    await control().addFault({
      service: 'secretsmanager',
      operation: 'CreateSecret',
      afterApply: true,
      error: 'internal',
      times: 1,
    });

    // Act
    const created = await retrying.send(
      new CreateSecretCommand({ Name: 'idem/retried', SecretString: 'v', ClientRequestToken: token(4) }),
    );
    retrying.destroy();

    // Assess
    expect(created.VersionId).toBe(token(4));
    expect(await control().count('secretsmanager', 'CreateSecret')).toBeGreaterThanOrEqual(2);
    expect(await versionsOf('idem/retried')).toEqual({ [token(4)]: ['AWSCURRENT'] });
  });

  it('fails only the call whose input matches, after skipping the first matches, before applying it', async () => {
    // Prepare
    const { VersionId: first } = await secrets.send(
      new CreateSecretCommand({ Name: 'idem/stage', SecretString: 'old', ClientRequestToken: token(5) }),
    );
    await secrets.send(
      new PutSecretValueCommand({
        SecretId: 'idem/stage',
        SecretString: 'new',
        ClientRequestToken: token(6),
        VersionStages: ['AWSPENDING'],
      }),
    );
    await control().addFault({
      service: 'secretsmanager',
      operation: 'UpdateSecretVersionStage',
      input: { VersionStage: 'AWSCURRENT' },
      skip: 1,
      error: 'internal',
      times: 1,
    });
    const promote = () =>
      secrets.send(
        new UpdateSecretVersionStageCommand({
          SecretId: 'idem/stage',
          VersionStage: 'AWSCURRENT',
          MoveToVersionId: token(6),
          RemoveFromVersionId: first,
        }),
      );
    const demote = () =>
      secrets.send(
        new UpdateSecretVersionStageCommand({
          SecretId: 'idem/stage',
          VersionStage: 'AWSCURRENT',
          MoveToVersionId: first,
          RemoveFromVersionId: token(6),
        }),
      );

    // Act
    await secrets.send(
      new UpdateSecretVersionStageCommand({
        SecretId: 'idem/stage',
        VersionStage: 'AWSPENDING',
        MoveToVersionId: token(6),
      }),
    );
    await promote();
    const failed = await demote().catch((e) => e);

    // Assess
    expect(failed.name).toBe('InternalServiceError');
    expect(await versionsOf('idem/stage')).toEqual({
      [first!]: ['AWSPREVIOUS'],
      [token(6)]: ['AWSPENDING', 'AWSCURRENT'],
    });
  });

  it('refuses a fault rule with a malformed input, skip or afterApply', async () => {
    // Act
    const answers = await Promise.all(
      [{ input: { a: { nested: 1 } } }, { skip: -1 }, { afterApply: 'yes' }].map((rule) =>
        fetch(`${emulator.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify(rule) }),
      ),
    );

    // Assess
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400]);
  });
});

import {
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetRandomPasswordCommand,
  GetResourcePolicyCommand,
  GetSecretValueCommand,
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

import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { MasterSecretError } from '../../../src/user-management/errors.js';
import { readMasterCredentials } from '../../../src/user-management/masterCredentials.js';
import { SecretsStore } from '../../../src/user-management/secretsStore.js';

const ARN = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:master-AbCdEf';

describe('readMasterCredentials: the engine decides the driver', () => {
  const client = new SecretsManagerClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  });
  const sm = mockClient(client);
  const store = new SecretsStore(client);
  const holding = (value: Record<string, unknown>) =>
    sm.on(GetSecretValueCommand).resolves({ ARN, VersionId: 'v1', SecretString: JSON.stringify(value) });
  beforeEach(() => sm.reset());

  it('reads a postgres secret as PostgreSQL on 5432 when it names no port', async () => {
    // Prepare
    holding({ engine: 'postgres', host: 'db.example', username: 'master', password: 'pw' });

    // Act
    const master = await readMasterCredentials(store, 'master');

    // Assess
    expect(master).toMatchObject({ engine: 'postgres', family: 'postgres', port: 5432 });
  });

  it('takes the engine of the cluster that owns an RDS-managed secret (Aurora PostgreSQL)', async () => {
    // Prepare
    holding({ username: 'master', password: 'pw' });

    // Act
    const master = await readMasterCredentials(store, 'rds!cluster-1', async () => ({
      host: 'app.cluster-x.rds.amazonaws.com',
      port: 5432,
      engine: 'aurora-postgresql',
    }));

    // Assess
    expect(master).toMatchObject({ engine: 'aurora-postgresql', family: 'postgres', port: 5432 });
  });

  it('keeps MySQL the default for a secret without engine, on 3306', async () => {
    // Prepare
    holding({ host: 'db.example', username: 'master', password: 'pw' });

    // Act
    const master = await readMasterCredentials(store, 'master');

    // Assess
    expect(master).toMatchObject({ engine: 'mysql', family: 'mysql', port: 3306 });
  });

  it('refuses an engine it does not serve, before any connection', async () => {
    // Prepare
    holding({ engine: 'sqlserver-ee', host: 'db.example', username: 'master', password: 'pw' });

    // Act
    const failure = await readMasterCredentials(store, 'master').catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(MasterSecretError);
    expect((failure as Error).message).toMatch(/sqlserver-ee.*postgres/);
  });
});

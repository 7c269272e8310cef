import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import {
  accountExists,
  createThrowawayDatabase,
  describeDb,
  loginAs,
  showGrants,
  uniqueSuffix,
} from '../../helpers/mariadb.js';
import { createHarness, failureOf, type Harness, MASTER_SECRET_NAME } from './support/harness.js';

const READER = 'arn:aws:iam::444455556666:role/app-reader';

describeDb('Action: create_user (MariaDB)', () => {
  let db: Awaited<ReturnType<typeof createThrowawayDatabase>>;
  const suffix = uniqueSuffix();
  const accounts: [string, string][] = [];
  const user = (name: string, host = '%') => {
    const username = `${name}_${suffix}`;
    accounts.push([username, host]);
    return username;
  };
  let h: Harness;

  beforeAll(async () => {
    // An underscore in the name proves the grant escapes the wildcard.
    db = await createThrowawayDatabase('dbv_create');
  });
  afterAll(async () => {
    await db?.drop(accounts);
  });
  beforeEach(async () => {
    h = await createHarness();
  });

  const event = (username: string, role: string, extra: Record<string, unknown> = {}) => ({
    action: 'create_user',
    db_name: db.name,
    username,
    role,
    rds_secret_name: MASTER_SECRET_NAME,
    ...extra,
  });

  it('creates a readonly account that logs in with the password stored in its secret', async () => {
    // Prepare
    const username = user('ro');
    const secretName = `rds-${db.name}-${username}-secret`;

    // Act
    const result = (await h.handler(event(username, 'readonly'))) as Record<string, unknown>;

    // Assess
    const escaped = db.name.replace(/_/g, '\\_');
    expect(await showGrants(username, '%')).toContain(
      `GRANT SELECT ON \`${escaped}\`.* TO \`${username}\`@\`%\``,
    );
    const stored = JSON.parse((await h.secrets.valueAt(secretName)) ?? '{}');
    expect(stored).toEqual({
      engine: 'mariadb',
      host: '127.0.0.1',
      port: 3306,
      username,
      password: h.passwords[0],
      dbname: db.name,
    });
    expect(await loginAs(username, stored.password, db.name)).toBe(`${username}@%`);
    expect(result).toMatchObject({
      action: 'create_user',
      status: 'created',
      username,
      host: '%',
      role: 'readonly',
      secret_name: secretName,
      rotation_enabled: false,
      grants: [`GRANT SELECT ON \`${escaped}\`.* TO \`${username}\`@\`%\``],
    });
    expect(result.secret_arn).toBe((await h.secrets.describe(secretName))?.arn);
  });

  it('grants readwrite as SELECT, INSERT, UPDATE, DELETE and admin as ALL PRIVILEGES', async () => {
    // Prepare
    const writer = user('rw');
    const owner = user('adm');
    const escaped = db.name.replace(/_/g, '\\_');

    // Act
    await h.handler(event(writer, 'readwrite'));
    await h.handler(event(owner, 'admin'));

    // Assess
    expect(await showGrants(writer, '%')).toContain(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON \`${escaped}\`.* TO \`${writer}\`@\`%\``,
    );
    expect(await showGrants(owner, '%')).toContain(
      `GRANT ALL PRIVILEGES ON \`${escaped}\`.* TO \`${owner}\`@\`%\``,
    );
  });

  it('tags the secret, copies the master policy and adds the reader roles', async () => {
    // Prepare
    const masterPolicy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Auditors',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:role/auditor' },
          Action: 'secretsmanager:DescribeSecret',
          Resource: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:rds-master-credentials-AbCdEf',
        },
      ],
    });
    h = await createHarness({
      masterPolicy,
      config: { rotationLambdaArn: 'arn:aws:lambda:us-east-1:1:function:rot' },
    });
    const username = user('tagged', '10.0.%');
    const now = Date.now();

    // Act
    await h.handler(event(username, 'readonly', { host: '10.0.%', reader_role_arns: [READER] }));

    // Assess
    const secret = (await h.secrets.describe(`rds-${db.name}-${username}-secret`))!;
    expect(secret.tags).toMatchObject({
      created_by: 'dbvoice',
      'dbvoice:database': db.name,
      'dbvoice:username': username,
      'dbvoice:host': '10.0.@',
    });
    expect(Date.parse(secret.tags.created_at ?? '')).toBeGreaterThanOrEqual(now - 1000);
    expect(JSON.parse(secret.resourcePolicy ?? '{}').Statement).toEqual([
      {
        Sid: 'Auditors',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:role/auditor' },
        Action: 'secretsmanager:DescribeSecret',
        Resource: '*',
      },
      {
        Sid: 'DbvoiceReaders',
        Effect: 'Allow',
        Principal: { AWS: [READER] },
        Action: 'secretsmanager:GetSecretValue',
        Resource: '*',
      },
    ]);
    expect(secret.rotation).toEqual({ lambdaArn: 'arn:aws:lambda:us-east-1:1:function:rot', days: 30 });
    expect(await showGrants(username, '10.0.%')).toHaveLength(2);
  });

  it('tells u@% from u@10.% : a second host is a separate account with its own secret', async () => {
    // Prepare
    const username = user('twohosts');
    accounts.push([username, '10.%']);
    await h.handler(event(username, 'readonly'));

    // Act
    const refused = await failureOf(h.handler(event(username, 'readwrite', { host: '10.%' })));
    await h.handler(
      event(username, 'readwrite', { host: '10.%', secret_name: `rds-${db.name}-${username}-10-secret` }),
    );

    // Assess
    expect(refused.error).toBe('SecretAlreadyExists');
    expect(await accountExists(username, '%')).toBe(true);
    expect(await accountExists(username, '10.%')).toBe(true);
    expect((await showGrants(username, '%')).join('\n')).toContain('GRANT SELECT ON');
    expect((await showGrants(username, '10.%')).join('\n')).toContain(
      'GRANT SELECT, INSERT, UPDATE, DELETE ON',
    );
  });

  it('refuses an existing account without touching it or creating a secret', async () => {
    // Prepare
    const username = user('exists');
    await h.handler(event(username, 'readonly'));
    const secretName = `rds-${db.name}-${username}-secret`;
    const before = await h.secrets.valueAt(secretName);
    await h.secrets.remove(secretName);

    // Act
    const failure = await failureOf(h.handler(event(username, 'admin')));

    // Assess
    expect(failure).toMatchObject({ name: 'UserAlreadyExistsError', error: 'UserAlreadyExists' });
    expect(h.recorder.writes().filter((s) => s.sql.startsWith('GRANT'))).toHaveLength(1);
    expect(await h.secrets.exists(secretName)).toBe(false);
    expect(await loginAs(username, JSON.parse(before ?? '{}').password)).toBe(`${username}@%`);
  });

  it('refuses a database that does not exist before any write', async () => {
    // Prepare
    const username = user('nodb');

    // Act
    const failure = await failureOf(
      h.handler({ ...event(username, 'readonly'), db_name: `${db.name}_missing` }),
    );

    // Assess
    expect(failure.error).toBe('DatabaseNotFound');
    expect(h.recorder.writes()).toEqual([]);
    expect(h.secrets.operations()).toEqual(['GetSecretValue']);
  });

  it('finds the endpoint of an RDS-managed master secret (username and password only) through RDS', async () => {
    // Prepare
    const asked: string[] = [];
    h = await createHarness({
      master: { username: 'root', password: '' },
      resolveEndpoint: async (arn) => {
        asked.push(arn);
        return { host: '127.0.0.1', port: 3306, engine: 'mariadb' };
      },
    });
    const username = user('managed');

    // Act
    await h.handler(event(username, 'readonly'));

    // Assess
    expect(asked).toEqual([h.masterArn]);
    expect(JSON.parse((await h.secrets.valueAt(`rds-${db.name}-${username}-secret`)) ?? '{}')).toMatchObject({
      host: '127.0.0.1',
      port: 3306,
      engine: 'mariadb',
    });
    expect(await accountExists(username, '%')).toBe(true);
  });

  it('refuses a master secret without host that no RDS database claims, naming what is missing', async () => {
    // Prepare
    h = await createHarness({
      master: { username: 'root', password: '' },
      resolveEndpoint: async () => undefined,
    });

    // Act
    const failure = await failureOf(h.handler(event(user('nohost'), 'readonly')));

    // Assess
    expect(failure).toMatchObject({ error: 'MasterSecretInvalid', details: { missing: ['host'] } });
    expect(h.recorder.logins).toEqual([]);
  });
});

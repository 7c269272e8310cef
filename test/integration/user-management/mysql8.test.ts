import { beforeEach, describe, expect, it } from 'vitest';
import { FakeMysqlServer } from './support/FakeMysqlServer.js';
import { createHarness, failureOf, type Harness } from './support/harness.js';

/**
 * The statements MySQL 8 and MySQL 5.7 get where they differ from the MariaDB the integration tests use:
 * dual passwords for reset_password, and partial_revokes for database names with '_'.
 */
function harnessFor(server: FakeMysqlServer): Promise<Harness> {
  return createHarness({
    connect: server.connect,
    master: {
      engine: 'mysql',
      host: 'db.example',
      port: 3306,
      username: 'admin',
      password: 'master-password',
    },
  });
}

const create = (h: Harness) =>
  h.handler({
    action: 'create_user',
    db_name: 'app_db',
    username: 'bob',
    role: 'readonly',
    rds_secret_name: 'rds-master-credentials',
  });
const reset = (h: Harness) =>
  h.handler({
    action: 'reset_password',
    db_name: 'app_db',
    username: 'bob',
    rds_secret_name: 'rds-master-credentials',
  });
const SECRET = 'rds-app_db-bob-secret';

describe('Action: reset_password (MySQL 8 dual passwords)', () => {
  let server: FakeMysqlServer;
  let h: Harness;

  beforeEach(async () => {
    server = new FakeMysqlServer('8.0.36');
    h = await harnessFor(server);
    await create(h);
  });

  it('retains the current password until promotion, then discards it', async () => {
    // Prepare
    const [oldPassword] = h.passwords;
    const duringPromotion: boolean[] = [];
    h.secrets.beforeCall('UpdateSecretVersionStage', async (input) => {
      if (input.VersionStage === 'AWSCURRENT') {
        duringPromotion.push(
          server.canLogIn('bob', '%', oldPassword!),
          server.canLogIn('bob', '%', h.passwords[1]!),
        );
      }
    });

    // Act
    const result = await reset(h);

    // Assess
    expect(server.statements.filter((s) => s.startsWith('ALTER USER'))).toEqual([
      'ALTER USER ?@? IDENTIFIED BY ? RETAIN CURRENT PASSWORD',
      'ALTER USER ?@? DISCARD OLD PASSWORD',
    ]);
    expect(duringPromotion).toEqual([true, true]);
    expect(server.canLogIn('bob', '%', oldPassword!)).toBe(false);
    expect(server.canLogIn('bob', '%', h.passwords[1]!)).toBe(true);
    expect(result).toMatchObject({ old_password_kept_until_promotion: true });
  });

  it('puts the old password back as the only one when the promotion fails', async () => {
    // Prepare
    const [oldPassword] = h.passwords;
    await h.secrets.fail('UpdateSecretVersionStage', { input: { VersionStage: 'AWSCURRENT' } });

    // Act
    await failureOf(reset(h));

    // Assess
    expect(server.statements.filter((s) => s.startsWith('ALTER USER'))).toEqual([
      'ALTER USER ?@? IDENTIFIED BY ? RETAIN CURRENT PASSWORD',
      'ALTER USER ?@? IDENTIFIED BY ?',
      'ALTER USER ?@? DISCARD OLD PASSWORD',
    ]);
    expect(server.canLogIn('bob', '%', oldPassword!)).toBe(true);
    expect(server.canLogIn('bob', '%', h.passwords[1]!)).toBe(false);
    expect(await h.secrets.passwordAt(SECRET)).toBe(oldPassword);
  });
});

describe('Action: reset_password (MySQL 5.7, no dual passwords)', () => {
  it('changes the password in one step and restores it if the login test fails', async () => {
    // Prepare
    const server = new FakeMysqlServer('5.7.44');
    const h = await harnessFor(server);
    await create(h);
    const [oldPassword] = h.passwords;
    h.recorder.failLogin('bob');

    // Act
    const failure = await failureOf(reset(h));

    // Assess
    expect(failure.error).toBe('LoginVerificationFailed');
    expect(server.statements.filter((s) => s.startsWith('ALTER USER'))).toEqual([
      'ALTER USER ?@? IDENTIFIED WITH mysql_native_password AS ?',
      'ALTER USER ?@? IDENTIFIED WITH mysql_native_password AS ?',
    ]);
    expect(server.canLogIn('bob', '%', oldPassword!)).toBe(true);
  });

  it('moves AWSCURRENT to the new password when the server keeps only it and the old one cannot be restored', async () => {
    // Prepare: the login test fails, then so does putting the old password back
    const server = new FakeMysqlServer('5.7.44');
    const h = await harnessFor(server);
    await create(h);
    const [oldPassword] = h.passwords;
    h.recorder.failLogin('bob');
    h.recorder.failStatement(/^ALTER USER/, { skip: 1 });

    // Act
    const result = await reset(h);

    // Assess: the secret follows what the server accepts, and nothing is pending
    expect(result).toMatchObject({ status: 'reset' });
    expect(server.canLogIn('bob', '%', oldPassword!)).toBe(false);
    expect(await h.secrets.passwordAt(SECRET)).toBe(h.passwords[1]);
    expect(server.canLogIn('bob', '%', h.passwords[1]!)).toBe(true);
    expect(await h.secrets.valueAt(SECRET, 'AWSPENDING')).toBeUndefined();
  });

  it('sends the server only mysql_native_password hashes, never a password', async () => {
    // Prepare
    const server = new FakeMysqlServer('5.7.44');
    const h = await harnessFor(server);

    // Act
    await create(h);
    await reset(h);

    // Assess
    const values = h.recorder.statements.flatMap((s) => s.values.map(String));
    for (const password of h.passwords) expect(values).not.toContain(password);
    expect(server.statements).toContain('CREATE USER ?@? IDENTIFIED WITH mysql_native_password AS ?');
    expect(server.canLogIn('bob', '%', h.passwords[1]!)).toBe(true);
  });

  it('reports that the old password was not kept during the reset', async () => {
    // Prepare
    const server = new FakeMysqlServer('5.7.44');
    const h = await harnessFor(server);
    await create(h);

    // Act
    const result = await reset(h);

    // Assess
    expect(result).toMatchObject({ status: 'reset', old_password_kept_until_promotion: false });
    expect(server.canLogIn('bob', '%', h.passwords[1]!)).toBe(true);
  });
});

describe('Action: create_user (MySQL 8 partial_revokes)', () => {
  it.each([
    ['OFF', 'app\\_db'],
    ['ON', 'app_db'],
  ] as const)('with partial_revokes=%s grants on `%s`', async (partialRevokes, pattern) => {
    // Prepare
    const server = new FakeMysqlServer('8.0.36', partialRevokes);
    const h = await harnessFor(server);

    // Act
    const result = await create(h);

    // Assess
    expect([...(server.accounts.get('bob@%')?.grants.keys() ?? [])]).toEqual([pattern]);
    expect(result).toMatchObject({ grants: [`GRANT SELECT ON \`${pattern}\`.* TO \`bob\`@\`%\``] });
  });
});

describe('Action: update_grant (MySQL 8)', () => {
  it('re-grants and reads the role back through SCHEMA_PRIVILEGES', async () => {
    // Prepare
    const server = new FakeMysqlServer('8.0.36', 'ON');
    const h = await harnessFor(server);
    await create(h);

    // Act
    const result = await h.handler({
      action: 'update_grant',
      db_name: 'app_db',
      username: 'bob',
      role: 'admin',
      rds_secret_name: 'rds-master-credentials',
    });

    // Assess
    expect(result).toMatchObject({ status: 'updated', previous_role: 'readonly', role: 'admin' });
    expect(server.statements).toContain('REVOKE ALL PRIVILEGES ON ??.* FROM ?@?');
  });
});

describe('Handler: master account', () => {
  it('refuses to manage the master user named in the master secret, before any login', async () => {
    // Prepare
    const server = new FakeMysqlServer('8.0.36');
    const h = await createHarness({
      connect: server.connect,
      master: { host: 'db.example', username: 'dbmaster', password: 'master-password' },
    });

    // Act
    const failure = await failureOf(
      h.handler({
        action: 'reset_password',
        db_name: 'app_db',
        username: 'dbmaster',
        rds_secret_name: 'rds-master-credentials',
      }),
    );

    // Assess
    expect(failure).toMatchObject({ error: 'InvalidInput', details: { field: 'username' } });
    expect(h.recorder.logins).toEqual([]);
  });
});

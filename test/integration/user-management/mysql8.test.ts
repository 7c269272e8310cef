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

describe.each(['8.0.36', '5.7.44'])(
  'Action: reset_password on MySQL %s, a fault at every step',
  (version) => {
    type Mode = 'fails' | 'is applied and its reply is lost';

    /** One reset after create_user, with `inject` run just before it; what it did and what is true after. */
    const run = async (inject: (h: Harness, offset: number) => Promise<void>) => {
      const server = new FakeMysqlServer(version);
      const h = await harnessFor(server);
      await create(h);
      const offset = h.recorder.steps.length;
      const callOffset = h.secrets.calls.length;
      await inject(h, offset);
      const failure = await reset(h).then(
        () => undefined,
        (error: Error) => JSON.parse(error.message) as { error: string; message: string },
      );
      const [oldPassword, newPassword] = h.passwords;
      const current = await h.secrets.passwordAt(SECRET);
      const state = {
        currentWorks: current !== undefined && server.canLogIn('bob', '%', current),
        currentIsNew: current === newPassword,
        oldWorks: server.canLogIn('bob', '%', oldPassword!),
        newWorks: newPassword !== undefined && server.canLogIn('bob', '%', newPassword),
        pending: (await h.secrets.valueAt(SECRET, 'AWSPENDING')) !== undefined,
        faultsFired:
          h.recorder.unusedFaults === 0 &&
          (await h.secrets.control.faults()).every((rule) => rule.applied > 0),
      };
      const calls = h.secrets.calls.slice(callOffset);
      const statements = h.recorder.steps.slice(offset);
      h.secrets.destroy();
      return { failure, state, calls, statements };
    };

    it.each<Mode>(['fails', 'is applied and its reply is lost'])(
      'keeps the password in AWSCURRENT working, or says why, when any one step %s',
      async (mode) => {
        // Prepare: the steps of a clean reset
        const clean = await run(async () => undefined);
        expect(clean.failure).toBeUndefined();
        const seen: Record<string, number> = {};
        const injections = [
          ...clean.calls
            .filter((call) => mode === 'fails' || !/^(Describe|Get|List)/.test(call.operation))
            .map((call) => {
              const skip = seen[call.operation] ?? 0;
              seen[call.operation] = skip + 1;
              return {
                label: `${call.operation} #${skip + 1}`,
                inject: (h: Harness) =>
                  h.secrets.fail(
                    call.operation,
                    mode === 'fails' ? { skip, error: 'internal' } : { skip, afterApply: true },
                  ),
              };
            }),
          ...clean.statements
            .map((step, index) => ({ step, index }))
            .filter(
              ({ step }) =>
                mode === 'fails' || (step.kind === 'statement' && /^(ALTER|CREATE|DROP)/.test(step.sql)),
            )
            .map(({ step, index }) => ({
              label: `${step.kind === 'login' ? `login as ${step.user}` : step.sql} (#${index + 1})`,
              inject: async (h: Harness, offset: number) =>
                h.recorder.failStep(offset + index, { afterRun: mode !== 'fails' }),
            })),
        ];

        // Act
        const report: string[] = [];
        for (const { label, inject } of injections) {
          const { failure, state } = await run(inject);
          const problem = (text: string) => report.push(`${label}: ${text}`);
          if (!state.faultsFired) problem('the fault never fired');
          const reported =
            failure !== undefined &&
            ['PasswordResetIncomplete', 'RollbackIncomplete'].includes(failure.error);
          if (!state.currentWorks && !(reported && failure.message.includes(SECRET)))
            problem('AWSCURRENT does not log in and nothing says so');
          if (failure === undefined) {
            if (!state.currentIsNew || state.oldWorks || state.pending)
              problem(`success but ${JSON.stringify(state)}`);
          } else if (
            !reported &&
            (state.currentIsNew || state.newWorks || state.pending || !state.oldWorks)
          ) {
            problem(`${failure.error} but ${JSON.stringify(state)}`);
          }
        }

        // Assess
        expect(injections.length).toBeGreaterThan(2);
        expect(report).toEqual([]);
      },
    );
  },
);

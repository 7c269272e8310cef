import { afterAll, beforeAll, expect, it } from 'vitest';
import { asRoot, createThrowawayDatabase, describeDb, uniqueSuffix } from '../../helpers/mariadb.js';
import { createHarness, type Harness, MASTER_SECRET_NAME } from './support/harness.js';

/**
 * Every action, successful and failing, with DEBUG logging captured: neither a generated password nor the
 * master password appears in the log, in a result or in an error message.
 */
describeDb('Handler: logs and results never hold a password (MariaDB)', () => {
  let db: Awaited<ReturnType<typeof createThrowawayDatabase>>;
  const suffix = uniqueSuffix();
  const master = { user: `m_${suffix}`, password: `Master-${suffix}-pw.Secret_1` };
  const username = `p_${suffix}`;
  let h: Harness;
  const outputs: string[] = [];

  beforeAll(async () => {
    db = await createThrowawayDatabase('dbv_logs');
    // A master with a real password, as on RDS.
    await asRoot(async (c) => {
      await c.query('CREATE USER ?@? IDENTIFIED BY ?', [master.user, '%', master.password]);
      await c.query('GRANT ALL PRIVILEGES ON *.* TO ?@? WITH GRANT OPTION', [master.user, '%']);
    });
    h = await createHarness({
      logLevel: 'DEBUG',
      master: {
        engine: 'mariadb',
        host: '127.0.0.1',
        port: 3306,
        username: master.user,
        password: master.password,
      },
    });
    h.logs.start();
  });
  afterAll(async () => {
    h?.logs.stop();
    await db?.drop([
      [username, '%'],
      [master.user, '%'],
    ]);
  });

  const run = async (event: Record<string, unknown>) => {
    try {
      outputs.push(
        JSON.stringify(await h.handler({ db_name: db.name, rds_secret_name: MASTER_SECRET_NAME, ...event })),
      );
    } catch (error) {
      outputs.push(String((error as Error).message), String((error as Error).stack));
    }
  };

  it('keeps every password out of logs, results and errors across all actions and failures', async () => {
    // Act: the whole life of an account, with a failure injected at each kind of step
    await run({ action: 'create_user', username, role: 'readonly' });
    await run({ action: 'create_user', username, role: 'readonly' });
    await run({ action: 'list_users' });
    await run({ action: 'update_grant', username, role: 'readwrite' });
    h.recorder.failStatement(/^GRANT/);
    await run({ action: 'update_grant', username, role: 'admin' });
    await run({ action: 'reset_password', username });
    h.recorder.failStatement(/^ALTER USER/);
    await run({ action: 'reset_password', username });
    h.recorder.failLogin(username);
    await run({ action: 'reset_password', username });
    await h.secrets.fail('UpdateSecretVersionStage', { input: { VersionStage: 'AWSCURRENT' } });
    await run({ action: 'reset_password', username });
    h.recorder.failStatement(/^ALTER USER \?@\? IDENTIFIED BY PASSWORD \?$/, { times: 2 });
    await run({ action: 'reset_password', username });
    h.recorder.failStatement(/^DROP USER/);
    await run({ action: 'delete_user', username });
    await run({ action: 'delete_user', username });
    await run({ action: 'create_user', username: 'bob', role: 'readonly', db_name: "x'; --" });
    h.logs.stop();

    // Assess
    const logText = h.logs.text();
    expect(logText).toContain('"level":"DEBUG"');
    expect(logText).toContain('request refused or failed');
    expect(h.passwords.length).toBeGreaterThanOrEqual(6);
    for (const secret of [...h.passwords, master.password]) {
      expect(logText).not.toContain(secret);
      for (const output of outputs) expect(output).not.toContain(secret);
    }
  });
});

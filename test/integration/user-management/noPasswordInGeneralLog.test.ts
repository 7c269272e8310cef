import { afterAll, beforeAll, expect, it } from 'vitest';
import { asRoot, createThrowawayDatabase, describeDb, uniqueSuffix } from '../../helpers/mariadb.js';
import { createHarness, type Harness, MASTER_SECRET_NAME } from './support/harness.js';

/**
 * MariaDB writes every statement to its general query log as it receives it (and RDS ships that log to
 * CloudWatch). With the log on, every action runs, on its happy path and its undo paths, and the log holds
 * neither a password dbvoice generated nor the master password: the server only ever gets hashes.
 */
describeDb('Handler: no password reaches the database server’s general log (MariaDB)', () => {
  let db: Awaited<ReturnType<typeof createThrowawayDatabase>>;
  const suffix = uniqueSuffix();
  const master = { user: `gm_${suffix}`, password: `Master-${suffix}-gl.Secret_2` };
  const username = `gl_${suffix}`;
  let h: Harness;
  let before: { general_log: number; log_output: string } | undefined;
  let since: string;

  beforeAll(async () => {
    db = await createThrowawayDatabase('dbv_glog');
    await asRoot(async (c) => {
      await c.query('CREATE USER ?@? IDENTIFIED BY ?', [master.user, '%', master.password]);
      await c.query('GRANT ALL PRIVILEGES ON *.* TO ?@? WITH GRANT OPTION', [master.user, '%']);
      const [rows] = await c.query(
        'SELECT @@GLOBAL.general_log AS general_log, @@GLOBAL.log_output AS log_output',
      );
      before = (rows as { general_log: number; log_output: string }[])[0];
      // TABLE added to whatever the server writes already, so the log can be read back with SQL.
      const outputs = new Set(
        String(before?.log_output ?? 'FILE')
          .split(',')
          .filter((o) => o !== 'NONE'),
      );
      outputs.add('TABLE');
      await c.query(`SET GLOBAL log_output = '${[...outputs].join(',')}'`);
      const [now] = await c.query('SELECT NOW(6) AS now');
      since = String((now as { now: string }[])[0]?.now);
      await c.query('SET GLOBAL general_log = 1');
    });
    h = await createHarness({
      master: {
        engine: 'mariadb',
        host: '127.0.0.1',
        port: 3306,
        username: master.user,
        password: master.password,
      },
    });
  });
  afterAll(async () => {
    await asRoot(async (c) => {
      if (before) {
        await c.query(`SET GLOBAL general_log = ${Number(before.general_log) ? 1 : 0}`);
        await c.query(`SET GLOBAL log_output = '${before.log_output}'`);
      }
    });
    await db?.drop([
      [username, '%'],
      [master.user, '%'],
    ]);
  });

  const run = (event: Record<string, unknown>) =>
    h
      .handler({ db_name: db.name, rds_secret_name: MASTER_SECRET_NAME, username, ...event })
      .catch(() => undefined);

  it('holds no generated or master password after every action, its failures and its undo steps', async () => {
    // Act
    await run({ action: 'create_user', role: 'readonly' });
    await run({ action: 'update_grant', role: 'readwrite' });
    await run({ action: 'reset_password' });
    h.recorder.failLogin(username);
    await run({ action: 'reset_password' });
    await h.secrets.fail('UpdateSecretVersionStage', { input: { VersionStage: 'AWSCURRENT' } });
    await run({ action: 'reset_password' });
    h.recorder.failStatement(/^ALTER USER \?@\? IDENTIFIED VIA/, { afterRun: true });
    await run({ action: 'reset_password' });
    await run({ action: 'list_users', username: undefined });
    await run({ action: 'delete_user' });
    const log = await asRoot(async (c) => {
      const [rows] = await c.query(
        "SELECT CONVERT(argument USING utf8mb4) AS text FROM mysql.general_log WHERE event_time >= ? AND command_type = 'Query'",
        [since],
      );
      return (rows as { text: string }[]).map((row) => row.text).join('\n');
    });

    // Assess: the statements are in the log, as hashes only
    expect(log).toMatch(new RegExp(`CREATE USER '${username}'@'%' IDENTIFIED BY PASSWORD '\\*[0-9A-F]{40}'`));
    expect(log).toMatch(
      /IDENTIFIED VIA mysql_native_password USING '\*[0-9A-F]{40}' OR mysql_native_password USING/,
    );
    expect(h.passwords.length).toBeGreaterThanOrEqual(5);
    for (const secret of [...h.passwords, master.password]) expect(log).not.toContain(secret);
  });
});

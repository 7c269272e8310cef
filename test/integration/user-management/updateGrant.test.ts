import mysql from 'mysql2/promise';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import {
  asRoot,
  describeDb,
  loginAs,
  mariadbConnectionOptions,
  showGrants,
  useThrowawayDatabase,
} from '../../helpers/mariadb.js';
import { createHarness, failureOf, type Harness, MASTER_SECRET_NAME } from './support/harness.js';

describeDb('Action: update_grant (MariaDB)', () => {
  const db = useThrowawayDatabase('dbv_grant');
  let escaped: string;
  let h: Harness;
  let username: string;

  beforeAll(async () => {
    escaped = db.name.replace(/_/g, '\\_');
  });
  beforeEach(async () => {
    h = await createHarness();
    username = db.newUser('g');
    await h.handler({
      action: 'create_user',
      db_name: db.name,
      username,
      role: 'readonly',
      rds_secret_name: MASTER_SECRET_NAME,
    });
  });

  const update = (role: string) =>
    h.handler({
      action: 'update_grant',
      db_name: db.name,
      username,
      role,
      rds_secret_name: MASTER_SECRET_NAME,
    });
  const databaseGrants = async () =>
    (await showGrants(username, '%')).filter((line) => line.includes(`\`${escaped}\``));

  it('moves readonly -> readwrite -> admin -> readonly, as SHOW GRANTS reports', async () => {
    // Act + Assess, one step at a time
    expect(await update('readwrite')).toMatchObject({
      status: 'updated',
      previous_role: 'readonly',
      role: 'readwrite',
    });
    expect(await databaseGrants()).toEqual([
      `GRANT SELECT, INSERT, UPDATE, DELETE ON \`${escaped}\`.* TO \`${username}\`@\`%\``,
    ]);

    expect(await update('admin')).toMatchObject({ previous_role: 'readwrite', role: 'admin' });
    expect(await databaseGrants()).toEqual([
      `GRANT ALL PRIVILEGES ON \`${escaped}\`.* TO \`${username}\`@\`%\``,
    ]);

    expect(await update('readonly')).toMatchObject({ previous_role: 'admin', role: 'readonly' });
    expect(await databaseGrants()).toEqual([`GRANT SELECT ON \`${escaped}\`.* TO \`${username}\`@\`%\``]);
  });

  it('lets the account write once it holds readwrite, and not before', async () => {
    // Prepare
    await asRoot((c) => c.query('CREATE TABLE IF NOT EXISTS ??.notes (id INT PRIMARY KEY)', [db.name]));
    const password = h.passwords[0]!;
    const insert = async () => {
      const c = await mysql.createConnection({
        ...mariadbConnectionOptions(db.name),
        user: username,
        password,
      });
      try {
        await c.query('INSERT INTO notes VALUES (?)', [Date.now() % 1_000_000]);
      } finally {
        await c.end();
      }
    };
    await expect(insert()).rejects.toThrow(/INSERT command denied/);

    // Act
    await update('readwrite');

    // Assess
    await expect(insert()).resolves.toBeUndefined();
    expect(await loginAs(username, password, db.name)).toBe(`${username}@%`);
  });

  it('reports unchanged and runs no GRANT or REVOKE when the role is already held', async () => {
    // Prepare
    const writesBefore = h.recorder.writes().length;

    // Act
    const result = await update('readonly');

    // Assess
    expect(result).toMatchObject({ status: 'unchanged', previous_role: 'readonly' });
    expect(h.recorder.writes()).toHaveLength(writesBefore);
  });

  it('puts the previous grants back exactly when the new GRANT fails', async () => {
    // Prepare
    const before = await showGrants(username, '%');
    h.recorder.failStatement(/^GRANT SELECT, INSERT/);

    // Act
    const failure = await failureOf(update('readwrite'));

    // Assess
    expect(failure.error).toBe('DatabaseFailure');
    expect(await showGrants(username, '%')).toEqual(before);
  });

  it('puts the previous grants back when the GRANT ran but its reply was lost', async () => {
    // Prepare
    await update('admin');
    const before = await showGrants(username, '%');
    h.recorder.failStatement(/^GRANT SELECT\b/, { afterRun: true });

    // Act
    await failureOf(update('readonly'));

    // Assess
    expect(await showGrants(username, '%')).toEqual(before);
  });

  it('puts the previous grants back when REVOKE fails', async () => {
    // Prepare
    const before = await showGrants(username, '%');
    h.recorder.failStatement(/^REVOKE/, { afterRun: true });

    // Act
    await failureOf(update('admin'));

    // Assess
    expect(await showGrants(username, '%')).toEqual(before);
  });

  it('refuses an unknown role and an account dbvoice does not manage, with no statement', async () => {
    // Prepare
    await h.secrets.tag(`rds-${db.name}-${username}-secret`, { created_by: 'someone-else' });
    const writesBefore = h.recorder.writes().length;
    const loginsBefore = h.recorder.logins.length;

    // Act
    const badRole = await failureOf(update('superuser'));
    const foreign = await failureOf(update('admin'));

    // Assess
    expect(badRole).toMatchObject({ error: 'InvalidInput', details: { field: 'role' } });
    expect(h.recorder.logins).toHaveLength(loginsBefore + 1);
    expect(foreign.error).toBe('NotManagedByDbvoice');
    expect(h.recorder.writes()).toHaveLength(writesBefore);
  });
});

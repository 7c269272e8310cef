import { afterAll, beforeAll, expect, it } from 'vitest';
import { asRoot, createThrowawayDatabase, describeDb, uniqueSuffix } from '../../helpers/mariadb.js';
import { createHarness, type Harness, MASTER_SECRET_NAME } from './support/harness.js';

describeDb('Action: list_users (MariaDB)', () => {
  let db: Awaited<ReturnType<typeof createThrowawayDatabase>>;
  let otherDb: Awaited<ReturnType<typeof createThrowawayDatabase>>;
  const suffix = uniqueSuffix();
  let h: Harness;
  const names = {
    reader: `lr_${suffix}`,
    writer: `lw_${suffix}`,
    owner: `la_${suffix}`,
    gone: `lg_${suffix}`,
  };
  const elsewhere = `le_${suffix}`;
  const manual = `lm_${suffix}`;

  beforeAll(async () => {
    h = await createHarness();
    db = await createThrowawayDatabase('dbv_list');
    otherDb = await createThrowawayDatabase('dbv_list_other');
    const create = (username: string, role: string, database = db.name, host?: string) =>
      h.handler({
        action: 'create_user',
        db_name: database,
        username,
        role,
        rds_secret_name: MASTER_SECRET_NAME,
        ...(host ? { host } : {}),
      });
    await create(names.reader, 'readonly');
    await create(names.writer, 'readwrite', db.name, '10.1.%');
    await create(names.owner, 'admin');
    await create(names.gone, 'readonly');
    await create(elsewhere, 'readonly', otherDb.name);
    await asRoot(async (c) => {
      // One account dropped behind dbvoice's back, one made by hand (no secret) on the same database.
      await c.query('DROP USER ?@?', [names.gone, '%']);
      await c.query('CREATE USER ?@? IDENTIFIED BY ?', [manual, '%', 'Manual-password-1']);
      await c.query('GRANT SELECT ON ??.* TO ?@?', [db.name.replace(/_/g, '\\_'), manual, '%']);
    });
    // A foreign secret that merely mentions dbvoice in another tag.
    await h.secrets.seed('not-ours', '{}', { owner: 'dbvoice', 'dbvoice:database': db.name });
  });
  afterAll(async () => {
    const accounts: [string, string][] = [
      [names.reader, '%'],
      [names.writer, '10.1.%'],
      [names.owner, '%'],
      [manual, '%'],
    ];
    await db?.drop(accounts);
    await otherDb?.drop([[elsewhere, '%']]);
  });

  it('lists the accounts dbvoice manages on the database with the roles the server grants', async () => {
    // Act
    const result = await h.handler({
      action: 'list_users',
      db_name: db.name,
      rds_secret_name: MASTER_SECRET_NAME,
    });

    // Assess
    const users = (result as { users: Record<string, unknown>[] }).users.map(
      ({ secret_arn, ...rest }) => rest,
    );
    expect(users).toEqual(
      [
        { username: names.owner, host: '%', role: 'admin', exists: true },
        { username: names.gone, host: '%', role: 'none', exists: false },
        { username: names.reader, host: '%', role: 'readonly', exists: true },
        { username: names.writer, host: '10.1.%', role: 'readwrite', exists: true },
      ]
        .map((u) => ({ ...u, secret_name: `rds-${db.name}-${u.username}-secret` }))
        .sort((a, b) => a.username.localeCompare(b.username)),
    );
  });

  it('filters by username and host', async () => {
    // Act
    const byName = await h.handler({
      action: 'list_users',
      db_name: db.name,
      username: names.writer,
      rds_secret_name: MASTER_SECRET_NAME,
    });
    const byHost = await h.handler({
      action: 'list_users',
      db_name: db.name,
      host: '%',
      rds_secret_name: MASTER_SECRET_NAME,
    });

    // Assess
    expect((byName as { users: { username: string }[] }).users.map((u) => u.username)).toEqual([
      names.writer,
    ]);
    expect((byHost as { users: { host: string }[] }).users.every((u) => u.host === '%')).toBe(true);
  });

  it('shows a role changed by hand as custom', async () => {
    // Prepare
    await asRoot((c) =>
      c.query('GRANT INSERT ON ??.* TO ?@?', [db.name.replace(/_/g, '\\_'), names.reader, '%']),
    );

    // Act
    const result = await h.handler({
      action: 'list_users',
      db_name: db.name,
      username: names.reader,
      rds_secret_name: MASTER_SECRET_NAME,
    });

    // Assess
    expect(result).toMatchObject({ users: [{ username: names.reader, role: 'custom' }] });
  });
});

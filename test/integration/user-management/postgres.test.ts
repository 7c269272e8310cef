import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  describePg,
  pgLiteral,
  pgMemberships,
  pgPasswordMatches,
  pgRoleExists,
  pgSuffix,
  psql,
  useThrowawayPgDatabase,
} from '../../helpers/postgres.js';
import { createHarness, failureOf, type Harness, MASTER_SECRET_NAME } from './support/harness.js';

/**
 * The five actions against the local PostgreSQL 15, with a master user like RDS's: not a superuser, with
 * CREATEROLE, owning the database. Privileges are read back with has_*_privilege as the server reports
 * them. The server trusts every login here, so "the stored password works" is proved by deriving the
 * SCRAM keys from the secret's password and comparing them with pg_authid (pgPasswordMatches).
 */
describePg('Actions on PostgreSQL: create, list, update, reset, delete', () => {
  const master = `pgm_${pgSuffix()}`;
  // Registered first: the role exists before the database is given to it, and is dropped after it.
  beforeAll(async () => {
    await psql(`CREATE ROLE ${master} LOGIN CREATEROLE`);
  });
  afterAll(async () => {
    await psql(`DROP ROLE IF EXISTS ${master}`);
  });
  const db = useThrowawayPgDatabase('dbv_pg', () => master);
  let h: Harness;

  const asMaster = (sql: string) => psql(`SET ROLE ${master}; ${sql}`, db.name);
  const can = async (check: string) => (await psql(`SELECT ${check}`, db.name)) === 't';
  const event = (action: string, username: string, extra: Record<string, unknown> = {}) => ({
    action,
    db_name: db.name,
    username,
    rds_secret_name: MASTER_SECRET_NAME,
    ...extra,
  });
  const secretOf = (username: string) => `rds-${db.name}-${username}-secret`;

  beforeEach(async () => {
    h = await createHarness({
      master: { engine: 'postgres', host: '127.0.0.1', port: 5432, username: master, password: '' },
    });
    await asMaster(
      'CREATE SCHEMA IF NOT EXISTS sales; CREATE TABLE IF NOT EXISTS sales.orders (id serial PRIMARY KEY, note text)',
    );
  });

  describe('Action: create_user', () => {
    it('creates a readonly login whose stored SCRAM verifier is the secret’s password', async () => {
      // Prepare
      const username = db.newUser('ro');

      // Act
      const result = (await h.handler(event('create_user', username, { role: 'readonly' }))) as Record<
        string,
        unknown
      >;

      // Assess
      const stored = JSON.parse((await h.secrets.valueAt(secretOf(username))) ?? '{}');
      expect(stored).toEqual({
        engine: 'postgres',
        host: '127.0.0.1',
        port: 5432,
        username,
        password: h.passwords[0],
        dbname: db.name,
      });
      expect(await pgPasswordMatches(username, stored.password)).toBe(true);
      expect(await pgPasswordMatches(username, `${stored.password}x`)).toBe(false);
      expect(
        await psql(`SELECT rolcanlogin, rolsuper, rolcreaterole FROM pg_roles WHERE rolname = '${username}'`),
      ).toBe('t|f|f');
      expect(result).toMatchObject({
        status: 'created',
        grants: [`GRANT "dbvoice_${db.name}_readonly" TO "${username}"`],
      });
      expect(await pgMemberships(username, db.name)).toEqual(['readonly']);
    });

    it('grants CONNECT, USAGE and SELECT, covering tables created later, and nothing to write', async () => {
      // Prepare
      const username = db.newUser('rd');

      // Act
      await h.handler(event('create_user', username, { role: 'readonly' }));
      await asMaster('CREATE TABLE sales.later (id bigserial PRIMARY KEY)');

      // Assess
      const u = pgLiteral(username);
      expect(await can(`has_database_privilege(${u}, current_database(), 'CONNECT')`)).toBe(true);
      expect(await can(`has_schema_privilege(${u}, 'sales', 'USAGE')`)).toBe(true);
      expect(await can(`has_table_privilege(${u}, 'sales.orders', 'SELECT')`)).toBe(true);
      expect(await can(`has_table_privilege(${u}, 'sales.later', 'SELECT')`)).toBe(true);
      expect(await can(`has_sequence_privilege(${u}, 'sales.orders_id_seq', 'SELECT')`)).toBe(true);
      expect(await can(`has_table_privilege(${u}, 'sales.orders', 'INSERT')`)).toBe(false);
      expect(await can(`has_sequence_privilege(${u}, 'sales.orders_id_seq', 'USAGE')`)).toBe(false);
      expect(await can(`has_schema_privilege(${u}, 'sales', 'CREATE')`)).toBe(false);
    });

    it('refuses a host (roles have none) and a missing database, before any change', async () => {
      // Prepare
      const username = db.newUser('hx');

      // Act
      const withHost = await failureOf(
        h.handler(event('create_user', username, { role: 'readonly', host: '10.0.%' })),
      );
      const noDb = await failureOf(
        h.handler({ ...event('create_user', username, { role: 'readonly' }), db_name: 'no_such_db_here' }),
      );

      // Assess
      expect(withHost.error).toBe('InvalidInput');
      expect(withHost.message).toMatch(/PostgreSQL roles have no host/);
      expect(noDb.error).toBe('DatabaseNotFound');
      expect(await pgRoleExists(username)).toBe(false);
      expect(await h.secrets.describe(secretOf(username))).toBeUndefined();
    });

    it('quotes a mixed-case name, so "Reporter" is its own role', async () => {
      // Prepare
      const username = `Rep${db.newUser('q')}`;

      // Act
      await h.handler(event('create_user', username, { role: 'readonly' }));

      // Assess
      expect(await pgRoleExists(username)).toBe(true);
      expect(await pgRoleExists(username.toLowerCase())).toBe(false);
      await h.handler(event('delete_user', username));
    });
  });

  describe('Action: update_grant and list_users', () => {
    it('moves readonly -> readwrite -> admin by membership, as has_*_privilege reports, and lists it', async () => {
      // Prepare
      const username = db.newUser('up');
      const u = pgLiteral(username);
      await h.handler(event('create_user', username, { role: 'readonly' }));

      // Act
      const toReadwrite = (await h.handler(event('update_grant', username, { role: 'readwrite' }))) as Record<
        string,
        unknown
      >;
      const writes = {
        insert: await can(`has_table_privilege(${u}, 'sales.orders', 'INSERT, UPDATE, DELETE')`),
        nextval: await can(`has_sequence_privilege(${u}, 'sales.orders_id_seq', 'USAGE')`),
        create: await can(`has_database_privilege(${u}, current_database(), 'CREATE')`),
      };
      const listedReadwrite = (await h.handler({ ...event('list_users', username) })) as {
        users: { username: string; role: string }[];
      };
      await h.handler(event('update_grant', username, { role: 'admin' }));

      // Assess
      expect(toReadwrite).toMatchObject({ status: 'updated', previous_role: 'readonly', role: 'readwrite' });
      expect(writes).toEqual({ insert: true, nextval: true, create: false });
      expect(listedReadwrite.users).toEqual([expect.objectContaining({ username, role: 'readwrite' })]);
      expect(await pgMemberships(username, db.name)).toEqual(['admin']);
      expect(await can(`has_database_privilege(${u}, current_database(), 'CREATE')`)).toBe(true);
      expect(await can(`has_schema_privilege(${u}, 'sales', 'CREATE')`)).toBe(true);
      expect(await can(`has_table_privilege(${u}, 'sales.orders', 'TRUNCATE')`)).toBe(true);
      // admin owns nothing and holds no superuser-like role.
      expect(
        await psql(
          `SELECT count(*) FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = ${u})`,
          db.name,
        ),
      ).toBe('0');
      expect(
        await psql(
          `SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = ${u})`,
        ),
      ).toBe(`dbvoice_${db.name}_admin`);
    });
  });

  describe('Action: reset_password', () => {
    it('stores a new verifier, promotes the new password and leaves no AWSPENDING', async () => {
      // Prepare
      const username = db.newUser('rs');
      await h.handler(event('create_user', username, { role: 'readonly' }));
      const [first] = h.passwords;

      // Act
      const result = await h.handler(event('reset_password', username));

      // Assess
      const [, second] = h.passwords;
      expect(result).toMatchObject({ status: 'reset', old_password_kept_until_promotion: false });
      expect(await h.secrets.passwordAt(secretOf(username))).toBe(second);
      expect(await h.secrets.valueAt(secretOf(username), 'AWSPENDING')).toBeUndefined();
      expect(await pgPasswordMatches(username, second)).toBe(true);
      expect(await pgPasswordMatches(username, first)).toBe(false);
    });

    it('puts the old password back when the promotion fails', async () => {
      // Prepare
      const username = db.newUser('rf');
      await h.handler(event('create_user', username, { role: 'readonly' }));
      const [first] = h.passwords;
      await h.secrets.fail('UpdateSecretVersionStage', { input: { VersionStage: 'AWSCURRENT' } });

      // Act
      const failure = await failureOf(h.handler(event('reset_password', username)));

      // Assess
      expect(failure.error).toBe('SecretsManagerFailure');
      expect(await h.secrets.passwordAt(secretOf(username))).toBe(first);
      expect(await pgPasswordMatches(username, first)).toBe(true);
      expect(await h.secrets.valueAt(secretOf(username), 'AWSPENDING')).toBeUndefined();
    });
  });

  describe('Action: delete_user', () => {
    it('drops the role and schedules its secret for deletion', async () => {
      // Prepare
      const username = db.newUser('dl');
      await h.handler(event('create_user', username, { role: 'readwrite' }));

      // Act
      const result = await h.handler(event('delete_user', username));

      // Assess
      expect(result).toMatchObject({ status: 'deleted', account_dropped: true });
      expect(await pgRoleExists(username)).toBe(false);
      expect((await h.secrets.describe(secretOf(username)))?.deletedDate).toBeDefined();
    });

    it('refuses a role that owns objects, naming them, and changes nothing; reassign_owned hands them over', async () => {
      // Prepare
      const username = db.newUser('ow');
      await h.handler(event('create_user', username, { role: 'admin' }));
      await psql(`SET ROLE "${username}"; CREATE TABLE sales.mine (id int)`, db.name);

      // Act
      const refused = await failureOf(h.handler(event('delete_user', username)));
      const secretAfterRefusal = await h.secrets.describe(secretOf(username));
      const existsAfterRefusal = await pgRoleExists(username);
      const reassigned = await h.handler(event('delete_user', username, { reassign_owned: 'true' }));

      // Assess
      expect(refused.error).toBe('UserOwnsObjects');
      expect(refused.message).toContain('owns table sales.mine');
      expect(refused.message).toContain('reassign_owned=true');
      expect(secretAfterRefusal?.deletedDate).toBeUndefined();
      expect(existsAfterRefusal).toBe(true);
      expect(reassigned).toMatchObject({ status: 'deleted', account_dropped: true });
      expect(await pgRoleExists(username)).toBe(false);
      expect(
        await psql(
          "SELECT tableowner FROM pg_tables WHERE schemaname = 'sales' AND tablename = 'mine'",
          db.name,
        ),
      ).toBe(master);
    });

    it('refuses reassign_owned on any action but delete_user', async () => {
      // Act
      const onCreate = await failureOf(
        h.handler(event('create_user', 'zz_unused', { role: 'readonly', reassign_owned: 'true' })),
      );

      // Assess
      expect(onCreate.error).toBe('InvalidInput');
      expect(onCreate.message).toMatch(/reassign_owned/);
    });
  });
});

describePg('SCRAM verifiers: the keys derived here are the ones PostgreSQL stores', () => {
  const role = `scram_${pgSuffix()}`;
  afterAll(async () => {
    await psql(`DROP ROLE IF EXISTS ${role}`);
  });

  it('matches a verifier PostgreSQL computed itself, and no other password', async () => {
    // Prepare: the server hashes this one (set before any statement log is switched on by another suite)
    await psql(`SET password_encryption = 'scram-sha-256'; CREATE ROLE ${role} PASSWORD 'Server-made_1.x'`);

    // Assess
    expect(await pgPasswordMatches(role, 'Server-made_1.x')).toBe(true);
    expect(await pgPasswordMatches(role, 'Server-made_1.y')).toBe(false);
  });
});

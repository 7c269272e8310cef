import { expect, it } from 'vitest';
import { loadConfig } from '../../../src/user-management/config.js';
import { DatabaseConnectionError, DatabaseError } from '../../../src/user-management/errors.js';
import { createMysqlSessionFactory } from '../../../src/user-management/mysqlSession.js';
import { describeDb, MARIADB } from '../../helpers/mariadb.js';
import { TEST_CONFIG } from '../../unit/user-management/support/handlerKit.js';

const login = { host: MARIADB.host, port: MARIADB.port, user: MARIADB.user, password: MARIADB.password };

describeDb('MySQL session (MariaDB)', () => {
  it('masks a password the server echoes back in an error, and keeps no SQL text', async () => {
    // Prepare
    const session = await createMysqlSessionFactory(TEST_CONFIG)(login);
    const password = 'Echoed-Password-123';

    // Act: a syntax error makes the server quote the statement, value included
    const error = await session
      .query({ sql: 'SELEC ?', values: [password], secrets: [password] })
      .catch((e: unknown) => e);
    await session.close();

    // Assess
    expect(error).toBeInstanceOf(DatabaseError);
    const failure = error as DatabaseError;
    expect(failure.message).toContain('[redacted]');
    expect(failure.message).not.toContain(password);
    expect(JSON.stringify(failure.cause, Object.getOwnPropertyNames(failure.cause))).not.toContain(password);
    expect(failure.cause).not.toHaveProperty('sql');
    expect(failure.details).toMatchObject({ statement: 'SELEC ?', errno: 1064, sqlState: '42000' });
  });

  it('reports a refused login without the password it tried', async () => {
    // Act
    const error = await createMysqlSessionFactory(TEST_CONFIG)({
      ...login,
      user: 'nobody',
      password: 'Wrong-Pass-1',
    }).catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(DatabaseConnectionError);
    expect((error as Error).message).toMatch(/cannot log in to .* as nobody: Access denied/);
    expect((error as Error).message).not.toContain('Wrong-Pass-1');
  });

  it('insists on TLS by default: a server without TLS is refused', async () => {
    // Prepare
    const config = loadConfig({});

    // Act
    const error = await createMysqlSessionFactory(config)(login).catch((e: unknown) => e);

    // Assess
    expect(config.tls).toBe(true);
    expect(error).toBeInstanceOf(DatabaseConnectionError);
    expect((error as Error).message).toMatch(/secure connection|SSL|TLS/i);
  });

  it('bounds a statement with the query timeout and marks the connection unusable', async () => {
    // Prepare
    const session = await createMysqlSessionFactory({ ...TEST_CONFIG, queryTimeoutMs: 200 })(login);
    const started = Date.now();

    // Act
    const error = await session.query({ sql: 'SELECT SLEEP(5)' }).catch((e: unknown) => e);
    await session.close();

    // Assess
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).details).toMatchObject({ fatal: true });
  });
});

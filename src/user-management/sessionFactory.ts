import { ENGINE_FAMILY } from './engine.js';
import {
  createMysqlSessionFactory,
  type MysqlSessionOptions,
  type SqlSessionFactory,
} from './mysqlSession.js';
import { createPostgresSessionFactory } from './postgresSession.js';

/** One factory for both families: each login names its engine, and gets mysql2 or node-postgres. */
export function createSessionFactory(options: MysqlSessionOptions): SqlSessionFactory {
  const mysql = createMysqlSessionFactory(options);
  const postgres = createPostgresSessionFactory(options);
  return (login) => (login.engine === ENGINE_FAMILY.postgres ? postgres(login) : mysql(login));
}

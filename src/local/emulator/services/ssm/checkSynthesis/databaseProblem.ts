import type { ConnectionProblem } from './connectionFailure.js';
import type { SyntheticServer } from './SyntheticServer.js';
import { SYSTEM_DATABASES } from './systemDatabases.js';

/**
 * Whether the client can open --database: a system database, one of the application's, or on Oracle the
 * service (the DB name, ORCL by default). MySQL and PostgreSQL names are case-sensitive, Oracle's and SQL
 * Server's are not. RDS's own rdsadmin refuses everyone but RDS on PostgreSQL.
 */
export function databaseProblem(server: SyntheticServer): ConnectionProblem | undefined {
  const wanted = server.request.database;
  const { family, instance, userDatabases } = server;
  if (family === 'oracle') {
    return wanted.toUpperCase() === (instance.dbName ?? 'ORCL').toUpperCase() ? undefined : 'no-database';
  }
  if (family === 'postgres' && wanted === 'rdsadmin') return 'no-connect-privilege';
  const known = [
    ...SYSTEM_DATABASES[family],
    ...userDatabases,
    ...(instance.dbName ? [instance.dbName] : []),
  ];
  const same =
    family === 'sqlserver'
      ? (name: string) => name.toLowerCase() === wanted.toLowerCase()
      : (name: string) => name === wanted;
  return known.some(same) ? undefined : 'no-database';
}

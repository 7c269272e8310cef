import type { EngineFamilyId } from '../domain/vocabulary.js';

/**
 * Engine families by their product names, the same in every locale: a modifier of "instances" ("MySQL
 * instances", 「MySQLインスタンス」). A family takes in its Aurora flavour, see isInEngineFamily.
 */
export const ENGINE_FAMILY_NAMES: Readonly<Record<EngineFamilyId, string>> = {
  mysql: 'MySQL',
  postgres: 'PostgreSQL',
  mariadb: 'MariaDB',
  oracle: 'Oracle',
  sqlserver: 'SQL Server',
  db2: 'Db2',
  aurora: 'Aurora',
  auroraMysql: 'Aurora MySQL',
  auroraPostgres: 'Aurora PostgreSQL',
};

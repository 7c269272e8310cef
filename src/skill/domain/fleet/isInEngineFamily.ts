import type { EngineFamilyId } from '../vocabulary.js';

/** RDS engine ids by family: Oracle, SQL Server and Db2 have one id per edition. */
const FAMILY_ENGINES: Readonly<Record<EngineFamilyId, (engine: string) => boolean>> = {
  mysql: (engine) => engine === 'mysql' || engine === 'aurora-mysql' || engine === 'aurora',
  postgres: (engine) => engine === 'postgres' || engine === 'aurora-postgresql',
  mariadb: (engine) => engine === 'mariadb',
  oracle: (engine) => engine.startsWith('oracle-') || engine.startsWith('custom-oracle-'),
  sqlserver: (engine) => engine.startsWith('sqlserver-') || engine.startsWith('custom-sqlserver-'),
  db2: (engine) => engine.startsWith('db2-'),
  aurora: (engine) => engine.startsWith('aurora'),
  // "aurora" is the engine id of Aurora MySQL 1 (MySQL 5.6 compatible).
  auroraMysql: (engine) => engine === 'aurora-mysql' || engine === 'aurora',
  auroraPostgres: (engine) => engine === 'aurora-postgresql',
};

/** Whether an RDS engine id belongs to the family the user named ("MySQL" takes in Aurora MySQL). */
export function isInEngineFamily(engine: string, family: EngineFamilyId): boolean {
  return FAMILY_ENGINES[family](engine);
}

/** The engine families sql-scripts/ has folders for. */
export type CheckFamily = 'oracle' | 'mysql' | 'postgres' | 'sqlserver';

/**
 * The family of an RDS engine name, as run-check maps it (MariaDB and Aurora MySQL are MySQL, Aurora
 * PostgreSQL is PostgreSQL), or undefined for engines without checks (Db2).
 */
export function checkFamily(engine: string): CheckFamily | undefined {
  if (engine.startsWith('oracle') || engine.startsWith('custom-oracle')) return 'oracle';
  if (engine.startsWith('sqlserver') || engine.startsWith('custom-sqlserver')) return 'sqlserver';
  if (engine === 'postgres' || engine === 'aurora-postgresql') return 'postgres';
  if (engine === 'mysql' || engine === 'mariadb' || engine === 'aurora-mysql' || engine === 'aurora')
    return 'mysql';
  return undefined;
}

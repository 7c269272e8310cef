export type EngineFamily = 'oracle' | 'mysql' | 'mariadb' | 'postgres' | 'sqlserver';

/** oracle-ee -> oracle, aurora-mysql -> mysql, sqlserver-se -> sqlserver, ... */
export function engineFamily(engine: string): EngineFamily {
  if (engine.startsWith('oracle') || engine.startsWith('custom-oracle')) return 'oracle';
  if (engine.startsWith('sqlserver') || engine.startsWith('custom-sqlserver')) return 'sqlserver';
  if (engine.includes('postgres')) return 'postgres';
  if (engine === 'mariadb') return 'mariadb';
  return 'mysql';
}

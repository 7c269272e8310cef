/** The folders of sql-scripts/ an engine's checks come from, as run-check maps engines to them. */
export type RunnerFamily = 'oracle' | 'mysql' | 'postgres' | 'sqlserver';

/** run-check's `case $ENGINE`: undefined for engines it has no checks for (it answers "unsupported"). */
export function runnerFamily(engine: string): RunnerFamily | undefined {
  if (engine.startsWith('oracle') || engine.startsWith('custom-oracle')) return 'oracle';
  if (engine.startsWith('sqlserver') || engine.startsWith('custom-sqlserver')) return 'sqlserver';
  if (engine === 'postgres' || engine === 'aurora-postgresql') return 'postgres';
  if (engine === 'mariadb' || engine === 'mysql' || engine === 'aurora-mysql' || engine === 'aurora') {
    return 'mysql';
  }
  return undefined;
}

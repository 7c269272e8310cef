import type { RunnerFamily } from './runnerFamily.js';

/** Databases every server of the family has (and the application's never are); Oracle has services. */
export const SYSTEM_DATABASES: Readonly<Record<RunnerFamily, readonly string[]>> = {
  mysql: ['information_schema', 'mysql', 'performance_schema', 'sys'],
  postgres: ['postgres', 'template1'],
  sqlserver: ['master', 'model', 'msdb', 'tempdb'],
  oracle: [],
};

import type { RunnerRow } from './RunnerResultBlock.js';
import type { SyntheticServer } from './SyntheticServer.js';

const MIB = 1024 ** 2;
const GIB = 1024 ** 3;

/** Aurora MySQL's max_connections by instance memory, from the table in the Aurora user guide. */
function auroraMaxConnections(memory: number): number {
  const steps: [number, number][] = [
    [2 * GIB, 45],
    [4 * GIB, 90],
    [8 * GIB, 135],
    [16 * GIB, 1000],
    [32 * GIB, 2000],
    [64 * GIB, 3000],
    [128 * GIB, 4000],
    [256 * GIB, 5000],
  ];
  return steps.find(([limit]) => memory <= limit)?.[1] ?? 6000;
}

/**
 * Global variables as `SHOW GLOBAL VARIABLES` lists them on RDS (variable_name, value): RDS's formulas
 * for the memory-sized ones ({DBInstanceClassMemory/12582880} connections, three quarters of memory for the
 * buffer pool), MariaDB's and Aurora's own defaults where they differ.
 */
export function mysqlParameters(server: SyntheticServer): RunnerRow[] {
  const engine = server.request.engine;
  const mariadb = engine === 'mariadb';
  const aurora = engine.startsWith('aurora');
  const memory = server.memoryBytes;
  const bufferPool = Math.max(128 * MIB, Math.floor((memory * 3) / 4 / (128 * MIB)) * 128 * MIB);
  const variables: [string, string][] = [
    ['autocommit', 'ON'],
    ['binlog_format', mariadb ? 'MIXED' : 'ROW'],
    ['character_set_server', mariadb ? 'latin1' : 'utf8mb4'],
    ['collation_server', mariadb ? 'latin1_swedish_ci' : 'utf8mb4_0900_ai_ci'],
    ['default_storage_engine', 'InnoDB'],
    ['event_scheduler', 'OFF'],
    ['general_log', 'OFF'],
    ['innodb_buffer_pool_size', String(bufferPool)],
    ['innodb_file_per_table', 'ON'],
    ['innodb_flush_log_at_trx_commit', '1'],
    ['innodb_lock_wait_timeout', '50'],
    ['innodb_log_file_size', String(aurora ? 48 * MIB : 128 * MIB)],
    ['innodb_read_only', server.readOnly ? 'ON' : 'OFF'],
    ['interactive_timeout', '28800'],
    ['long_query_time', '10.000000'],
    ['lower_case_table_names', '0'],
    ['max_allowed_packet', String(mariadb ? 16 * MIB : 64 * MIB)],
    ['max_connections', String(aurora ? auroraMaxConnections(memory) : Math.floor(memory / 12_582_880))],
    ['max_heap_table_size', String(16 * MIB)],
    ['max_user_connections', '0'],
    ['performance_schema', server.performanceSchema ? 'ON' : 'OFF'],
    ['read_only', 'OFF'],
    ['slow_query_log', 'OFF'],
    [
      'sql_mode',
      mariadb
        ? 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION'
        : 'ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION',
    ],
    ['table_open_cache', '4000'],
    ['time_zone', 'SYSTEM'],
    ['tmp_table_size', String(16 * MIB)],
    [mariadb ? 'tx_isolation' : 'transaction_isolation', 'REPEATABLE-READ'],
    ['version', server.version],
    ['wait_timeout', '28800'],
  ];
  return variables.map(([variable_name, value]) => ({ variable_name, value }));
}

import type { RunnerRow } from './RunnerResultBlock.js';
import type { SyntheticServer } from './SyntheticServer.js';

const KIB = 1024;
const MIB = KIB ** 2;
const GIB = KIB ** 3;

/** v$parameter.display_value for a size: the largest of G, M, K that divides it ("2G", "640M"). */
function displaySize(bytes: number): string {
  if (bytes > 0 && bytes % GIB === 0) return `${bytes / GIB}G`;
  if (bytes > 0 && bytes % MIB === 0) return `${bytes / MIB}M`;
  if (bytes > 0 && bytes % KIB === 0) return `${bytes / KIB}K`;
  return String(bytes);
}

/** SGA components are allocated in granules (64 MB from a 8 GB SGA on). */
const granules = (bytes: number): number => Math.max(1, Math.floor(bytes / (64 * MIB))) * 64 * MIB;

/**
 * v$parameter rows (name, display value, value, is_default, description) with RDS's formulas:
 * LEAST({DBInstanceClassMemory/9868951},20000) processes, three quarters of memory for the SGA and an eighth
 * for the PGA target. Oracle has no max_connections: asking for it finds no row, as on a real server.
 */
export function oracleParameters(server: SyntheticServer): RunnerRow[] {
  const memory = server.memoryBytes;
  const processes = Math.min(20_000, Math.floor(memory / 9_868_951));
  const sga = granules((memory * 3) / 4);
  const pga = granules(memory / 8);
  const parameters: [string, string, string, boolean, string][] = [
    ['audit_trail', 'NONE', 'NONE', false, 'enable system auditing'],
    [
      'compatible',
      '19.0.0',
      '19.0.0',
      false,
      'Database will be completely compatible with this software version',
    ],
    ['cursor_sharing', 'EXACT', 'EXACT', true, 'cursor sharing mode'],
    ['db_block_size', '8192', '8192', false, 'Size of database block in bytes'],
    [
      'db_name',
      server.request.database.toUpperCase(),
      server.request.database.toUpperCase(),
      false,
      'database name specified in CREATE DATABASE',
    ],
    ['job_queue_processes', '1000', '1000', false, 'maximum number of job queue slave processes'],
    [
      'max_string_size',
      'STANDARD',
      'STANDARD',
      true,
      'controls maximum size of VARCHAR2, NVARCHAR2, and RAW types in SQL',
    ],
    ['memory_target', '0', '0', true, 'Target size of Oracle SGA and PGA memory'],
    ['open_cursors', '300', '300', false, 'max # cursors per session'],
    ['optimizer_mode', 'ALL_ROWS', 'ALL_ROWS', true, 'optimizer mode'],
    [
      'pga_aggregate_target',
      displaySize(pga),
      String(pga),
      false,
      'Target size for the aggregate PGA memory consumed by the instance',
    ],
    ['processes', String(processes), String(processes), false, 'user processes'],
    [
      'sessions',
      String(Math.floor(processes * 1.5) + 22),
      String(Math.floor(processes * 1.5) + 22),
      true,
      'user and system sessions',
    ],
    ['sga_target', displaySize(sga), String(sga), false, 'Target size of SGA'],
    ['undo_retention', '900', '900', true, 'undo retention in seconds'],
  ];
  return parameters.map(([name, value, setting, isDefault, description]) => ({
    name,
    value,
    setting,
    is_default: isDefault ? 'TRUE' : 'FALSE',
    description,
  }));
}

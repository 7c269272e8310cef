import { postgresSetting } from './postgresSetting.js';
import type { RunnerRow } from './RunnerResultBlock.js';
import type { SyntheticServer } from './SyntheticServer.js';

type Source = 'configuration file' | 'default';

/**
 * pg_settings rows (name, value as SHOW prints it, setting in base units, unit, source, context) with RDS's
 * formulas for the memory-sized settings: LEAST({DBInstanceClassMemory/9531392},5000) connections, a
 * quarter of memory for shared_buffers (Aurora: {DBInstanceClassMemory/12038}-50003 pages), half for
 * effective_cache_size.
 */
export function postgresParameters(server: SyntheticServer): RunnerRow[] {
  const memory = server.memoryBytes;
  const aurora = server.request.engine.startsWith('aurora');
  const auroraPages = Math.max(16_384, Math.floor(memory / 12_038) - 50_003);
  const settings: [string, number | string, string, Source, string][] = [
    ['autovacuum', 'on', '', 'default', 'sighup'],
    ['checkpoint_timeout', 300, 's', 'configuration file', 'sighup'],
    [
      'effective_cache_size',
      aurora ? auroraPages : Math.floor(memory / 16_384),
      '8kB',
      'configuration file',
      'user',
    ],
    ['log_min_duration_statement', -1, 'ms', 'default', 'superuser'],
    ['log_statement', 'none', '', 'default', 'superuser'],
    [
      'maintenance_work_mem',
      Math.max(65_536, Math.floor((memory * 1024) / 63_963_136)),
      'kB',
      'configuration file',
      'user',
    ],
    [
      'max_connections',
      Math.min(5000, Math.floor(memory / 9_531_392)),
      '',
      'configuration file',
      'postmaster',
    ],
    ['max_wal_size', 2048, 'MB', 'configuration file', 'sighup'],
    ['max_worker_processes', 8, '', 'configuration file', 'postmaster'],
    ['min_wal_size', 192, 'MB', 'configuration file', 'sighup'],
    ['random_page_cost', 4, '', 'default', 'user'],
    ['server_version', server.version, '', 'default', 'internal'],
    [
      'shared_buffers',
      aurora ? auroraPages : Math.floor(memory / 32_768),
      '8kB',
      'configuration file',
      'postmaster',
    ],
    ['ssl', 'on', '', 'configuration file', 'sighup'],
    ['statement_timeout', 0, 'ms', 'default', 'user'],
    ['timezone', 'UTC', '', 'configuration file', 'user'],
    ['work_mem', 4096, 'kB', 'default', 'user'],
  ];
  return settings.map(([name, setting, unit, source, context]) => ({
    name,
    value: typeof setting === 'number' ? postgresSetting(setting, unit) : setting,
    setting: String(setting),
    unit,
    source,
    context,
  }));
}

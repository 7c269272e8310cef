import { stableId } from '../../../core/stableId.js';
import type { RunnerRow } from './RunnerResultBlock.js';
import type { SyntheticServer } from './SyntheticServer.js';

const SQLSERVER_EDITIONS: Readonly<Record<string, string>> = {
  'sqlserver-ee': 'Enterprise Edition: Core-based Licensing (64-bit)',
  'sqlserver-se': 'Standard Edition (64-bit)',
  'sqlserver-ex': 'Express Edition (64-bit)',
  'sqlserver-web': 'Web Edition (64-bit)',
};

/** PostgreSQL's interval text, as `now() - pg_postmaster_start_time()` truncated to seconds prints it. */
function pgInterval(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const rest = seconds % 86_400;
  const clock = [Math.floor(rest / 3600), Math.floor((rest % 3600) / 60), rest % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
  if (days === 0) return clock;
  return `${days} ${days === 1 ? 'day' : 'days'} ${clock}`;
}

/** The connect check's one row, with the columns of sql-scripts/<family>/connect.sql. */
export function connectRow(server: SyntheticServer): RunnerRow {
  const { request, instance, version, readOnly } = server;
  const openMode = readOnly ? 'READ ONLY' : 'READ WRITE';
  const ec2Host = `ip-${server.privateIp.replace(/\./g, '-')}`;
  switch (server.family) {
    case 'oracle':
      return {
        version,
        edition: request.engine.includes('-ee') ? 'EE' : 'SE',
        open_mode: openMode,
        database_name: request.database.toUpperCase(),
        database_role: 'PRIMARY',
        host_name: ec2Host,
        login: request.user.toUpperCase(),
      };
    case 'mysql':
      return {
        version,
        edition: 'Source distribution',
        open_mode: openMode,
        database_name: request.database,
        host_name: ec2Host,
        login: `${request.user}@%`,
      };
    case 'postgres':
      return {
        version,
        edition: `PostgreSQL ${version}`,
        open_mode: openMode,
        database_name: request.database,
        host_name: server.privateIp,
        login: request.user,
        uptime: pgInterval(server.uptimeSeconds),
      };
    case 'sqlserver':
      return {
        version,
        edition: SQLSERVER_EDITIONS[request.engine] ?? 'Standard Edition (64-bit)',
        open_mode: openMode,
        database_name: request.database,
        host_name: `EC2AMAZ-${stableId(instance.identifier, 7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`,
        login: request.user,
      };
  }
}

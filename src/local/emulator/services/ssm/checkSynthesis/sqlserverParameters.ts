import type { RunnerRow } from './RunnerResultBlock.js';
import type { SyntheticServer } from './SyntheticServer.js';

/**
 * sys.configurations rows (name, value in use, configured value, description) as RDS sets them: most
 * options at SQL Server's defaults, max server memory leaving the operating system its share. Option names
 * have spaces; there is no max_connections ("user connections" 0 means as many as the server allows).
 */
export function sqlserverParameters(server: SyntheticServer): RunnerRow[] {
  const maxServerMemoryMb = Math.floor((server.memoryBytes / 1024 ** 2) * 0.85);
  const options: [string, number, string][] = [
    ['backup compression default', 0, 'Enable compression of backups by default'],
    ['clr enabled', 0, 'CLR user code execution enabled in the server'],
    ['contained database authentication', 0, 'Enables contained databases and contained authentication'],
    ['cost threshold for parallelism', 5, 'cost threshold for parallelism'],
    ['fill factor (%)', 0, 'Default fill factor percentage'],
    ['max degree of parallelism', 0, 'maximum degree of parallelism'],
    ['max server memory (MB)', maxServerMemoryMb, 'Maximum size of server memory (MB)'],
    ['max worker threads', 0, 'Maximum worker threads'],
    ['min server memory (MB)', 0, 'Minimum size of server memory (MB)'],
    [
      'optimize for ad hoc workloads',
      0,
      'When this option is set, plan cache size is further reduced for single-use adhoc OLTP workload.',
    ],
    ['remote admin connections', 0, 'Dedicated Admin Connections are allowed from remote clients'],
    ['user connections', 0, 'Number of user connections allowed'],
    ['xp_cmdshell', 0, 'Enable or disable command shell'],
  ];
  return options.map(([name, value, description]) => ({
    name,
    value: String(value),
    setting: String(value),
    description,
  }));
}

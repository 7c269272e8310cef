import { hashString } from '../core/hashString.js';
import type { EngineFamily } from '../services/rds/engineFamily.js';

/** Routine lines per engine, so a log reads like the real thing around the few errors. */
const ROUTINE: Readonly<Record<EngineFamily, readonly string[]>> = {
  oracle: [
    'Thread 1 advanced to log sequence 4812 (LGWR switch)',
    '  Current log# 2 seq# 4812 mem# 0: /rdsdbdata/db/ORCL_A/onlinelog/o1_mf_2_kx3.log',
    'Archived Log entry 9604 added for T-1.S-4811 ID 0x5f3a2b1c LAD:1',
    'TABLESPACE USERS: autoextend to 2048M',
    'Resize operation completed for file# 7',
    'Starting background process SMCO',
  ],
  mysql: [
    "0 [Note] [MY-010914] [Server] Aborted connection 1204 to db: 'unconnected' user: 'rdsadmin' (Got an error reading communication packets).",
    '0 [System] [MY-010931] [Server] /rdsdbbin/mysql/bin/mysqld: ready for connections. Port: 3306',
    '0 [Note] [MY-012487] [InnoDB] DDL log recovery : begin',
    "0 [Warning] [MY-010055] [Server] IP address '10.0.12.7' could not be resolved",
    '0 [Note] [MY-011953] [InnoDB] Page cleaner took 4312ms to flush 2000 pages',
  ],
  mariadb: [
    '0 [Note] InnoDB: Buffer pool(s) load completed',
    '0 [Note] /rdsdbbin/mysql/bin/mysqld: ready for connections.',
    "0 [Warning] Aborted connection 311 to db: 'blog' user: 'app' host: '10.0.3.14' (Got timeout reading communication packets)",
    '0 [Note] InnoDB: Checkpoint age 52428800 is close to the limit',
  ],
  postgres: [
    'LOG:  checkpoint starting: time',
    'LOG:  checkpoint complete: wrote 1834 buffers (11.2%); 0 WAL file(s) added, 0 removed, 2 recycled',
    'LOG:  connection authorized: user=app database=reporting SSL enabled (protocol=TLSv1.3)',
    'LOG:  automatic vacuum of table "reporting.public.events": index scans: 1',
    'LOG:  disconnection: session time: 0:02:11.402 user=app database=reporting host=10.0.8.21',
  ],
  sqlserver: [
    "Logon       Login succeeded for user 'app'. Connection made using SQL Server authentication.",
    "spid52      Setting database option RECOVERY to FULL for database 'payroll'.",
    'Backup      Log was backed up. Database: payroll, creation date(time): 2023/01/10(09:12:44).',
    'spid23s     Recovery is complete. This is an informational message only.',
  ],
};

function stamp(family: EngineFamily, at: Date): string {
  const iso = at.toISOString();
  switch (family) {
    case 'oracle':
      return iso.replace('Z', '000+00:00');
    case 'mysql':
    case 'mariadb':
      return iso.replace('Z', '000Z');
    case 'postgres':
      return `${iso.slice(0, 19).replace('T', ' ')} UTC:10.0.8.21(51234):app@app:[${4000 + (at.getTime() % 900)}]:`;
    case 'sqlserver':
      return iso.slice(0, 22).replace('T', ' ');
  }
}

/**
 * `count` lines ending at `endAt`, one every 30 s, with `errors` spread evenly through the file. The same
 * seed always gives the same file.
 */
export function generateLogLines(
  family: EngineFamily,
  count: number,
  errors: readonly string[],
  endAt: Date,
  seed: string,
): string[] {
  const routine = ROUTINE[family];
  const errorAt = new Map(
    errors.map((error, i) => [Math.floor(((i + 1) * count) / (errors.length + 1)), error]),
  );
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(endAt.getTime() - (count - 1 - i) * 30_000);
    const message = errorAt.get(i) ?? routine[hashString(`${seed}:${i}`) % routine.length]!;
    const separator = family === 'postgres' ? '' : ' ';
    lines.push(`${stamp(family, at)}${separator}${message}`);
  }
  return lines;
}

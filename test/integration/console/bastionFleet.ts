import { demoFleetPath } from '../../../src/local/emulator/fleet/demoFleetPath.js';
import type { Fleet } from '../../../src/local/emulator/fleet/Fleet.js';
import { loadFleet } from '../../../src/local/emulator/fleet/loadFleet.js';

/** A run-check result block (sql-scripts/run-check): fields and rows, values percent-encoded. */
function resultBlock(rows: readonly Readonly<Record<string, string>>[]): string {
  const pairs = (record: Readonly<Record<string, string>>) =>
    Object.entries(record)
      .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
      .join(' ');
  return [
    'DBVOICE_BEGIN version=1',
    'DBVOICE_RESULT status=ok',
    `DBVOICE_RESULT rows=${rows.length}`,
    ...rows.map((row) => `DBVOICE_ROW ${pairs(row)}`),
    'DBVOICE_END',
    '',
  ].join('\n');
}

/**
 * The demo fleet with bastion answers in the runner's real output format for instances that are not local
 * database servers, so the bastion intents can be heard end to end (SendCommand, polling, parsing) without
 * Oracle or SQL Server.
 */
export function bastionFleet(): Fleet {
  const demo = loadFleet(demoFleetPath);
  return {
    ...demo,
    bastionOutputs: {
      ...demo.bastionOutputs,
      'prod-payroll-01': {
        connect: {
          stdout: resultBlock([
            { version: '15.00.4365.2', edition: 'Standard Edition (64-bit)', open_mode: 'READ WRITE' },
          ]),
        },
        'top-cpu': {
          stdout: resultBlock([
            {
              session_id: '57',
              username: 'payroll_app',
              metric: 'cpu_seconds',
              value: '42',
              sql_text: 'SELECT 1',
            },
            { session_id: '61', username: 'report', metric: 'cpu_seconds', value: '7', sql_text: 'SELECT 2' },
          ]),
        },
      },
      'stg-hr-01': {
        storage: {
          stdout: resultBlock([
            {
              kind: 'tablespace',
              name: 'USERS',
              used_bytes: '9878704128',
              size_bytes: '10737418240',
              max_bytes: '10737418240',
              pct: '92.0',
            },
            {
              kind: 'tablespace',
              name: 'SYSTEM',
              used_bytes: '1073741824',
              size_bytes: '2147483648',
              max_bytes: '2147483648',
              pct: '50.0',
            },
          ]),
        },
      },
      'prod-sales-01': {
        parameter: { stdout: resultBlock([{ name: 'max_connections', value: '1000' }]) },
      },
    },
  };
}

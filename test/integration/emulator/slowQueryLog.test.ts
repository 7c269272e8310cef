import { DownloadDBLogFilePortionCommand, RDSClient } from '@aws-sdk/client-rds';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import { clientConfig } from './support/clientConfig.js';

/** The whole file, as the skill reads a log's tail: DownloadDBLogFilePortion with a large NumberOfLines. */
async function download(emulator: Emulator, region: string, instance: string, file: string) {
  const rds = new RDSClient(clientConfig(emulator, region));
  try {
    const portion = await rds.send(
      new DownloadDBLogFilePortionCommand({
        DBInstanceIdentifier: instance,
        LogFileName: file,
        NumberOfLines: 1000,
      }),
    );
    return (portion.LogFileData ?? '').split('\n').filter((line) => line !== '');
  } finally {
    rds.destroy();
  }
}

/** Each entry of a MySQL slow query log: five lines, headed by `# Time`. */
function expectSlowQueryEntries(lines: readonly string[]) {
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.length % 5).toBe(0);
  for (let i = 0; i < lines.length; i += 5) {
    expect(lines[i]).toMatch(/^# Time: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(lines[i + 1]).toMatch(/^# User@Host: \S+\[\S+\] @ {2}\[[\d.]+\]\s+Id:\s+\d+$/);
    expect(lines[i + 2]).toMatch(
      /^# Query_time: \d+\.\d{6} {2}Lock_time: \d+\.\d{6} Rows_sent: \d+ {2}Rows_examined: \d+$/,
    );
    expect(lines[i + 3]).toMatch(/^SET timestamp=\d+;$/);
    expect(lines[i + 4]).toMatch(/;$/);
  }
  expect(lines.join('\n')).not.toMatch(/\[(Note|Warning|ERROR|System)\]/);
}

describe('Emulator: the MySQL slow query log holds slow-query entries', () => {
  let emulator: Emulator | undefined;
  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });

  it("serves the demo fleet's MySQL slow query log as mysqld writes it, not error-log lines", async () => {
    // Prepare
    emulator = await createEmulator();

    // Act
    const lines = await download(emulator, 'us-east-1', 'prod-sales-01', 'slowquery/mysql-slowquery.log');

    // Assess
    expectSlowQueryEntries(lines);
  });

  it('generates slow-query entries for a slow query log a fleet file asks to generate', async () => {
    // Prepare
    emulator = await createEmulator({
      fleet: {
        account: '123456789012',
        regions: {
          'us-west-2': {
            instances: [
              {
                identifier: 'shop-db',
                engine: 'mariadb',
                logs: [{ name: 'slowquery/mysql-slowquery.log', generate: { lines: 20 } }],
              },
            ],
          },
        },
      },
    });

    // Act
    const lines = await download(emulator, 'us-west-2', 'shop-db', 'slowquery/mysql-slowquery.log');

    // Assess
    expectSlowQueryEntries(lines);
    expect(lines).toHaveLength(20);
  });
});

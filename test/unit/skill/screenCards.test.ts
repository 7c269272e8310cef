import { DescribeDBLogFilesCommand, DownloadDBLogFilePortionCommand } from '@aws-sdk/client-rds';
import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { onScreen, renderDocuments } from '../../helpers/screenRequests.js';
import { NOW } from '../../helpers/testSkill.js';
import { createBastionTestSkill } from '../bastion/bastionSkill.js';
import { mockBastion, okResult } from '../bastion/mockBastion.js';
import { database } from '../bastion/storageRows.js';

const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' } as const;
const fleet = {
  'us-west-2': [
    dbInstance({ identifier: 'prod-hr-01', name: 'hr', engine: 'mysql', extra: { AllocatedStorage: 100 } }),
    dbInstance({ identifier: 'blog-writer', name: 'blog', engine: 'aurora-postgresql', cluster: 'blog' }),
    dbInstance({ identifier: 'prod-erp-01', name: 'erp', engine: 'oracle-ee' }),
    dbInstance({ identifier: 'prod-shop-01', name: 'shop', engine: 'postgres' }),
  ],
};

interface CardData {
  title: string;
  subtitle: string;
  rows: { label: string; value: string; bar: boolean; width: string; over: boolean }[];
}

let rds: ReturnType<typeof mockFleet>;
let bastion: ReturnType<typeof mockBastion>;
afterEach(() => {
  rds.restore();
  bastion.ssm.restore();
});

async function storageCard(instance: string, rows: ReturnType<typeof database>[]) {
  return checkCard('TablespaceUsage', { instance: { value: instance }, region: OREGON }, rows);
}

/** A bastion check asked from a voice-only device and from a screen: the screen's card, the speech the same. */
async function checkCard(
  intent: string,
  slots: Parameters<typeof intentRequest>[1],
  rows: Record<string, string>[],
) {
  rds = mockFleet(fleet);
  bastion = mockBastion({ result: okResult(rows) });
  const { skill } = createBastionTestSkill();
  const request = intentRequest(intent, slots);
  const voice = await skill.invoke(request);
  const screen = await skill.invoke(onScreen(request));
  expect(spoken(screen)).toBe(spoken(voice));
  expect(renderDocuments(voice)).toEqual([]);
  return renderDocuments(screen)[0]!.datasources.card as unknown as CardData;
}

describe('Screen: a storage check of database sizes as a card', () => {
  it('draws the total and each database as a share of the allocated storage, largest first', async () => {
    const card = await storageCard('hr', [database('audit', 2.5), database('hr', 10)]);
    expect(card.rows.map((r) => [r.label, r.value, r.width, r.over])).toEqual([
      ['All databases', '12.5 GB', '12.5%', false],
      ['hr', '10 GB', '10%', false],
      ['audit', '2.5 GB', '2.5%', false],
    ]);
    expect(card.rows.every((r) => r.bar)).toBe(true);
  });

  it('marks the total once it passes the threshold', async () => {
    const card = await storageCard('hr', [database('hr', 95)]);
    expect(card.rows[0]).toMatchObject({ label: 'All databases', width: '95%', over: true });
    expect(card.rows[1]).toMatchObject({ label: 'hr', over: false });
  });

  it('draws no bars for Aurora, whose storage has no fixed size', async () => {
    const card = await storageCard('blog', [database('shop', 42)]);
    expect(card.rows.map((r) => [r.label, r.value, r.bar])).toEqual([
      ['All databases', '42 GB', false],
      ['shop', '42 GB', false],
    ]);
  });
});

describe('Screen: connection and parameter checks as cards', () => {
  it('shows what the bastion saw when it logged in: engine and version, open mode, role', async () => {
    const card = await checkCard('ConnectInstance', { instance: { value: 'erp' }, region: OREGON }, [
      { version: '19.22.0.0.0', open_mode: 'READ ONLY WITH APPLY', database_role: 'PHYSICAL STANDBY' },
    ]);
    expect(card.subtitle).toBe('erp · us-west-2 (Oregon)');
    expect(card.rows.map((r) => [r.label, r.value])).toEqual([
      ['Connection', 'Connected from the bastion'],
      ['Engine', 'Oracle Enterprise Edition 19.22.0.0.0'],
      ['Open mode', 'READ ONLY WITH APPLY'],
      ['Role', 'PHYSICAL STANDBY'],
    ]);
  });

  it("shows a parameter's exact value under the name the engine spells", async () => {
    const card = await checkCard(
      'CheckInstanceParameter',
      {
        instance: { value: 'shop' },
        region: OREGON,
        parameter: { value: 'shared buffers', id: 'shared_buffers' },
      },
      [{ name: 'shared_buffers', value: '128MB', setting: '16384', unit: '8kB' }],
    );
    expect(card.rows.map((r) => [r.label, r.value, r.bar])).toEqual([
      ['shared_buffers', '128MB (16384 × 8kB)', false],
    ]);
  });
});

describe('Screen: a log check as a card', () => {
  it('shows the file read, how many lines, the errors counted and the latest, never the lines themselves', async () => {
    // Prepare: the newest alert log of erp, two errors among its lines
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([]) });
    const lines = [
      'Thread 1 advanced to log sequence 42',
      'ORA-00060: Deadlock detected.',
      'Thread 1 advanced to log sequence 43',
      'ORA-01555: snapshot too old: rollback segment number 9 too small',
    ];
    rds.on(DescribeDBLogFilesCommand).resolves({
      DescribeDBLogFiles: [{ LogFileName: 'trace/alert_ERP.log', LastWritten: NOW - 60_000, Size: 200 }],
    });
    rds.on(DownloadDBLogFilePortionCommand).resolves({
      LogFileData: `${lines.join('\n')}\n`,
      AdditionalDataPending: false,
    });
    const { skill } = createBastionTestSkill();
    const request = intentRequest('CheckLog', {
      instance: { value: 'erp' },
      region: OREGON,
      logType: { value: 'alert log', id: 'alert', type: 'LOG_TYPE' },
    });
    // Act
    const voice = await skill.invoke(request);
    const screen = await skill.invoke(onScreen(request));
    // Assess
    expect(spoken(screen)).toBe(spoken(voice));
    const card = renderDocuments(screen)[0]!.datasources.card as unknown as CardData;
    expect(card.rows.map((r) => [r.label, r.value])).toEqual([
      ['File', 'trace/alert_ERP.log'],
      ['Lines read', '4'],
      ['Errors', '2'],
      ['Latest error', expect.stringMatching(/^ORA-01555/)],
    ]);
    expect(JSON.stringify(card)).not.toContain('Deadlock');
  });
});

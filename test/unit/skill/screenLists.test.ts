import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  type MetricDataQuery,
} from '@aws-sdk/client-cloudwatch';
import { DescribeEventsCommand } from '@aws-sdk/client-rds';
import type { RequestEnvelope } from 'ask-sdk-model';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { type ListData, onScreen, renderDocuments, userEventRequest } from '../../helpers/screenRequests.js';
import { createTestSkill, NOW } from '../../helpers/testSkill.js';
import { createBastionTestSkill } from '../bastion/bastionSkill.js';
import { mockBastion, okResult } from '../bastion/mockBastion.js';

const MINUTE = 60_000;
const REGIONS = { DBVOICE_REGIONS: 'us-west-2,eu-west-1' };
const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' };

const fleet = {
  'us-west-2': [
    dbInstance({ identifier: 'prod-reporting-01', name: 'reporting' }),
    dbInstance({ identifier: 'blog-db', name: 'blog', engine: 'postgres', status: 'stopped' }),
    dbInstance({ identifier: 'orders-1', name: 'orders-1', engine: 'aurora-postgresql', cluster: 'orders' }),
    dbInstance({ identifier: 'orders-2', name: 'orders-2', engine: 'aurora-postgresql', cluster: 'orders' }),
  ],
  'eu-west-1': [
    dbInstance({
      identifier: 'shop-01',
      name: 'shop',
      region: 'eu-west-1',
      engine: 'mariadb',
      status: 'failed',
    }),
  ],
};

let rds: ReturnType<typeof mockFleet>;
const cloudWatch = mockClient(CloudWatchClient);
beforeEach(() => {
  rds = mockFleet(fleet);
  rds.on(DescribeEventsCommand).callsFake(async (_input, getClient) => {
    const region = await getClient().config.region();
    if (region !== 'us-west-2') return { Events: [] };
    return {
      Events: [
        {
          SourceIdentifier: 'orders',
          SourceType: 'db-cluster',
          Message: 'Completed failover to DB instance: orders-2',
          EventCategories: ['failover'],
          Date: new Date(NOW - 5 * MINUTE),
        },
      ],
    };
  });
  cloudWatch.reset();
  cloudWatch.on(DescribeAlarmsCommand).callsFake(async (_input, getClient) => {
    const region = await getClient().config.region();
    if (region !== 'us-west-2') return { MetricAlarms: [] };
    return {
      MetricAlarms: [
        {
          AlarmName: 'prod-reporting-01-high-cpu',
          StateValue: 'ALARM',
          Namespace: 'AWS/RDS',
          MetricName: 'CPUUtilization',
          Dimensions: [{ Name: 'DBInstanceIdentifier', Value: 'prod-reporting-01' }],
          StateUpdatedTimestamp: new Date(NOW - 12 * MINUTE),
        },
      ],
    };
  });
});
afterEach(() => rds.restore());

function listOf(response: Awaited<ReturnType<ReturnType<typeof createTestSkill>['skill']['invoke']>>) {
  const [directive] = renderDocuments(response);
  return directive ? (directive.datasources.list as unknown as ListData) : undefined;
}

async function askOnScreen(request: RequestEnvelope) {
  const { skill } = createTestSkill({ env: REGIONS });
  const voice = await skill.invoke(request);
  const screen = await skill.invoke(onScreen(request));
  return { skill, voice, screen, list: listOf(screen) };
}

describe('Screen: fleet health as a ranked list', () => {
  it('lists every issue, most urgent first, with its status, Region and engine', async () => {
    // Act
    const { voice, screen, list } = await askOnScreen(intentRequest('FleetHealth', {}));
    // Assess
    expect(renderDocuments(voice)).toEqual([]);
    expect(spoken(screen)).toBe(spoken(voice));
    expect(list!.title).toBe('4 issues');
    expect(list!.items.map((i) => [i.label, i.status, i.regionName, i.detail])).toEqual([
      ['shop', 'failed', 'Ireland', 'MariaDB'],
      ['reporting', '1 alarm', 'Oregon', 'MySQL'],
      ['orders', 'failed over', 'Oregon', 'Aurora PostgreSQL'],
      ['blog', 'stopped', 'Oregon', 'PostgreSQL'],
    ]);
  });

  it('reads nothing more for the screen: the same calls as the voice answer', async () => {
    const { skill } = createTestSkill({ env: REGIONS });
    await skill.invoke(intentRequest('FleetHealth', {}));
    const voiceCalls = rds.calls().length + cloudWatch.calls().length;
    rds.resetHistory();
    cloudWatch.resetHistory();
    // A fresh container, so the inventory is read again as it was for the voice answer
    const { skill: other } = createTestSkill({ env: REGIONS });
    await other.invoke(onScreen(intentRequest('FleetHealth', {})));
    expect(rds.calls().length + cloudWatch.calls().length).toBe(voiceCalls);
  });

  it('answers a touch on a row with the status of that instance; a cluster row with its first member', async () => {
    // Prepare
    const { skill, list } = await askOnScreen(intentRequest('FleetHealth', {}));
    const row = (label: string) => list!.items.find((i) => i.label === label)!;
    // Act
    const shop = await skill.invoke(
      userEventRequest([row('shop').action, row('shop').name, row('shop').region]),
    );
    const orders = await skill.invoke(
      userEventRequest([row('orders').action, row('orders').name, row('orders').region]),
    );
    // Assess
    expect(spoken(shop)).toBe('The status of shop in Ireland is failed.');
    expect(spoken(orders)).toBe('The status of orders-1 in Oregon is available.');
  });

  it("writes the list in the listener's language: ja-JP", async () => {
    const { screen, list } = await askOnScreen(intentRequest('FleetHealth', {}, { locale: 'ja-JP' }));
    expect(spoken(screen)).toMatch(/[ぁ-んァ-ン一-龯]/);
    expect(list!.title).toBe('要対応（4件）');
    expect(list!.items.map((i) => [i.label, i.status, i.regionName])).toEqual([
      ['shop', '障害', 'アイルランド'],
      ['reporting', 'アラーム1件', 'オレゴン'],
      ['orders', 'フェイルオーバー済み', 'オレゴン'],
      ['blog', '停止中', 'オレゴン'],
    ]);
  });

  it('shows no list when all is clear', async () => {
    const { skill } = createTestSkill({ env: { DBVOICE_REGIONS: 'us-east-1' } });
    const response = await skill.invoke(onScreen(intentRequest('FleetHealth', {})));
    expect(spoken(response)).toMatch(/^All clear/);
    expect(renderDocuments(response)).toEqual([]);
  });
});

describe('Screen: fleet alarms, instances by state', () => {
  it('lists the alarms firing, each beside its instance, and a touch answers for that instance', async () => {
    const { skill, voice, screen, list } = await askOnScreen(intentRequest('FleetAlarms', {}));
    expect(renderDocuments(voice)).toEqual([]);
    expect(spoken(screen)).toBe(spoken(voice));
    expect(list!.title).toBe('1 alarm');
    expect(list!.items.map((i) => [i.label, i.status, i.regionName, i.detail])).toEqual([
      ['prod-reporting-01-high-cpu', 'ALARM', 'Oregon', 'reporting'],
    ]);
    const [row] = list!.items;
    const touched = await skill.invoke(userEventRequest([row!.action, row!.name, row!.region]));
    expect(spoken(touched)).toBe('The status of reporting in Oregon is available.');
  });

  it('lists the instances in the state asked for with their status and engine', async () => {
    const { list } = await askOnScreen(
      intentRequest('ListInstancesByState', { state: { value: 'not available', id: 'notAvailable' } }),
    );
    expect(list!.items.map((i) => [i.label, i.status, i.regionName, i.detail])).toEqual([
      ['shop', 'failed', 'Ireland', 'MariaDB'],
      ['blog', 'stopped', 'Oregon', 'PostgreSQL'],
    ]);
  });
});

describe('Screen: the busiest instances as a ranking', () => {
  it('ranks every instance with data, busiest first, with its value, Region and engine', async () => {
    // Prepare: CPU per instance identifier
    const cpu: Record<string, number> = { 'prod-reporting-01': 91.5, 'blog-db': 12, 'shop-01': 47.25 };
    cloudWatch
      .on(GetMetricDataCommand)
      .callsFake(async (input: { MetricDataQueries: MetricDataQuery[] }) => ({
        MetricDataResults: input.MetricDataQueries.map((q) => {
          const id = q.MetricStat?.Metric?.Dimensions?.[0]?.Value ?? '';
          return { Id: q.Id, Values: id in cpu ? [cpu[id]!] : [] };
        }),
      }));
    // Act
    const { skill, voice, screen, list } = await askOnScreen(intentRequest('BusiestInstances', {}));
    // Assess
    expect(renderDocuments(voice)).toEqual([]);
    expect(spoken(screen)).toBe(spoken(voice));
    expect(list!.title).toBe('CPUUtilization, 15-minute average');
    expect(list!.items.map((i) => [i.label, i.status, i.regionName, i.detail])).toEqual([
      ['1. reporting', '91.5%', 'Oregon', 'MySQL'],
      ['2. shop', '47.3%', 'Ireland', 'MariaDB'],
      ['3. blog', '12%', 'Oregon', 'PostgreSQL'],
    ]);
    const top = list!.items[0]!;
    const touched = await skill.invoke(userEventRequest([top.action, top.name, top.region]));
    expect(spoken(touched)).toBe('The status of reporting in Oregon is available.');
  });
});

describe('Screen: applications', () => {
  it('answers a touch on an application row with the list of its instances', async () => {
    // Prepare
    rds.restore();
    rds = mockFleet({
      'us-west-2': [
        dbInstance({ identifier: 'prod-billing-01', name: 'billing', application: 'billing' }),
        dbInstance({
          identifier: 'billing-replica',
          name: 'billing-replica',
          application: 'billing',
          status: 'stopped',
        }),
      ],
    });
    const { skill } = createTestSkill({ env: { DBVOICE_REGIONS: 'us-west-2' } });
    const listed = await skill.invoke(onScreen(intentRequest('ListApplications', {})));
    const applications = listOf(listed)!;
    const [row] = applications.items;
    // Act
    const touched = await skill.invoke(
      onScreen(userEventRequest([row!.action, row!.name, row!.region]) as RequestEnvelope),
    );
    // Assess
    expect(row).toMatchObject({ label: 'billing', action: 'application', status: '2 instances', ok: false });
    expect((renderDocuments(listed)[0]!.datasources.list as { hint: string }).hint).toBe(
      'Touch an application for its instances',
    );
    expect((renderDocuments(touched)[0]!.datasources.list as { hint: string }).hint).toBe(
      'Touch an instance for its status',
    );
    expect(listOf(touched)!.items.map((i) => [i.label, i.status])).toEqual([
      ['billing', 'available'],
      ['billing-replica', 'stopped'],
    ]);
  });
});

describe('Screen: a list longer than a response may carry', () => {
  it('shows the first rows within the size budget and says how many there are', async () => {
    // Prepare: 400 instances in one Region
    rds.restore();
    rds = mockFleet({
      'us-west-2': Array.from({ length: 400 }, (_, i) =>
        dbInstance({ identifier: `db-${String(i).padStart(3, '0')}`, name: `service-${i}` }),
      ),
    });
    const { skill } = createTestSkill({ env: { DBVOICE_REGIONS: 'us-west-2' } });
    // Act
    const response = await skill.invoke(onScreen(intentRequest('ListInstances', { region: OREGON })));
    // Assess
    const list = listOf(response)!;
    expect(list.items.length).toBeGreaterThan(20);
    expect(list.items.length).toBeLessThan(400);
    expect(list.title).toBe(`First ${list.items.length} of 400 instances`);
    expect(Buffer.byteLength(JSON.stringify(response))).toBeLessThan(24 * 1024);
  });

  it('leaves the screen off, and says the same, when the card and the list together would pass the limit', async () => {
    // Prepare: 400 instances with long names, all of them on the card
    rds.restore();
    rds = mockFleet({
      'us-west-2': Array.from({ length: 400 }, (_, i) =>
        dbInstance({ identifier: `db-${i}`, name: `customer-facing-service-number-${i}` }),
      ),
    });
    const { skill } = createTestSkill({ env: { DBVOICE_REGIONS: 'us-west-2' } });
    const request = intentRequest('ListInstances', { region: OREGON });
    // Act
    const voice = await skill.invoke(request);
    const response = await skill.invoke(onScreen(request));
    // Assess
    expect(Buffer.byteLength(JSON.stringify(voice))).toBeLessThan(24 * 1024);
    expect(renderDocuments(response)).toEqual([]);
    expect(spoken(response)).toBe(spoken(voice));
    expect(Buffer.byteLength(JSON.stringify(response))).toBeLessThan(24 * 1024);
  });
});

describe('Screen: the sessions of a top-session check', () => {
  it('lists the sessions, heaviest first, with what each used and the start of its statement', async () => {
    // Prepare
    rds.restore();
    rds = mockFleet({
      'us-west-2': [dbInstance({ identifier: 'prod-erp-01', name: 'erp', engine: 'oracle-ee' })],
    });
    const bastion = mockBastion({
      result: okResult([
        {
          session_id: '123,4567',
          username: 'SCOTT',
          value: '45.2',
          metric: 'cpu_seconds',
          sql_text: 'SELECT * FROM emp',
        },
        { session_id: '98,12', username: 'HR', value: '3.1', metric: 'cpu_seconds', sql_text: '' },
      ]),
    });
    const { skill } = createBastionTestSkill();
    const request = intentRequest('ShowTopSession', { instance: { value: 'erp' }, region: OREGON });
    try {
      // Act
      const voice = await skill.invoke(request);
      const screen = await skill.invoke(onScreen(request));
      // Assess
      expect(renderDocuments(voice)).toEqual([]);
      expect(spoken(screen)).toBe(spoken(voice));
      const list = listOf(screen)!;
      expect(list.title).toBe('2 sessions');
      expect(list.items.map((i) => [i.label, i.status, i.regionName, i.detail])).toEqual([
        ['Session 123,4567 · SCOTT', '45.2 seconds', 'Oregon', 'SELECT * FROM emp'],
        ['Session 98,12 · HR', '3.1 seconds', 'Oregon', ''],
      ]);
      expect(list.items.every((i) => i.name === 'erp' && i.region === 'us-west-2')).toBe(true);
    } finally {
      bastion.ssm.restore();
    }
  });
});

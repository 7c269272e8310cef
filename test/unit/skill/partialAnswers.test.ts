import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import {
  type DBInstance,
  DescribeDBInstancesCommand,
  DescribeEventsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, type SlotSpec, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { createTestSkill, NOW } from '../../helpers/testSkill.js';

const OREGON: SlotSpec = { value: 'oregon', id: 'us-west-2', type: 'REGION' };
/** Oregon answers; Ireland is the Region that fails or is too slow. */
const REGIONS = { DBVOICE_REGIONS: 'us-west-2,eu-west-1' };
const FLEET: Record<string, DBInstance[]> = {
  'us-west-2': [
    dbInstance({ identifier: 'prod-reporting-01', name: 'reporting', application: 'finance' }),
    dbInstance({ identifier: 'prod-hr-01', name: 'hr', application: 'people' }),
  ],
  'eu-west-1': [dbInstance({ identifier: 'prod-ledger-01', name: 'ledger', region: 'eu-west-1' })],
};

function sdkError(name: string, status: number): Error {
  return Object.assign(new Error(`${name} happened`), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
  });
}

type Ireland = 'throws' | 'timesOut' | 'hangs';

/** DescribeDBInstances per Region, with Ireland failing the way the test asks. */
function mockRds(ireland: Ireland | 'answers') {
  const rds = mockClient(RDSClient);
  rds.on(DescribeDBInstancesCommand).callsFake(async (_input, getClient) => {
    const region = await getClient().config.region();
    if (region === 'eu-west-1' && ireland !== 'answers') {
      if (ireland === 'throws') throw sdkError('InternalFailure', 500);
      if (ireland === 'timesOut') throw sdkError('TimeoutError', 0);
      return new Promise(() => {});
    }
    return { DBInstances: FLEET[region] ?? [] };
  });
  return rds;
}

let restore: () => void = () => {};
afterEach(() => restore());

async function ask(ireland: Ireland | 'answers', intent: string, slots: Record<string, SlotSpec> = {}) {
  const rds = mockRds(ireland);
  restore = () => rds.restore();
  // A hanging Region is cut by the request's deadline, on the real clock: keep the budget short.
  const { skill } = createTestSkill(
    ireland === 'hangs' ? { env: { ...REGIONS, REQUEST_BUDGET_MS: '300' }, now: Date.now } : { env: REGIONS },
  );
  return skill.invoke(intentRequest(intent, slots));
}

const WHY: Record<Ireland, string> = {
  throws: 'Ireland did not answer',
  timesOut: 'Ireland did not answer in time',
  hangs: 'Ireland did not answer in time',
};

describe('Partial answers: a Region that fails or is too slow', () => {
  it.each(Object.keys(WHY) as Ireland[])(
    'NumberOfInstances counts the Regions that answered and names Ireland when it %s',
    async (ireland) => {
      const response = await ask(ireland, 'NumberOfInstances');
      expect(spoken(response)).toBe(
        `You have 2 instances in Oregon. That is in the Regions that answered; ${WHY[ireland]}.`,
      );
    },
  );

  it.each(['throws', 'timesOut'] as Ireland[])(
    'ListInstances lists Oregon and says Ireland is missing when it %s, on the card too',
    async (ireland) => {
      const response = await ask(ireland, 'ListInstances');
      const note = `That is in the Regions that answered; ${WHY[ireland]}.`;
      expect(spoken(response)).toBe(`In Oregon you have 2 instances: hr and reporting. ${note}`);
      expect(response.response.card).toMatchObject({ content: expect.stringContaining(note) });
    },
  );

  it.each(['throws', 'timesOut'] as Ireland[])(
    'ListApplications names the applications of Oregon and says Ireland is missing when it %s',
    async (ireland) => {
      const response = await ask(ireland, 'ListApplications');
      expect(spoken(response)).toBe(
        `There are 2 applications in Oregon: finance and people. That is in the Regions that answered; ${WHY[ireland]}.`,
      );
    },
  );

  it.each(['throws', 'timesOut'] as Ireland[])(
    'ListInstancesForApplication answers from Oregon and says Ireland is missing when it %s',
    async (ireland) => {
      const response = await ask(ireland, 'ListInstancesForApplication', {
        application: { value: 'finance' },
      });
      expect(spoken(response)).toBe(
        `Application finance has 1 instance in Oregon: reporting. That is in the Regions that answered; ${WHY[ireland]}.`,
      );
    },
  );

  it.each(['throws', 'timesOut'] as Ireland[])(
    'an instance not found in Oregon is not ruled out in Ireland when Ireland %s',
    async (ireland) => {
      const response = await ask(ireland, 'CheckInstanceProperty', {
        property: { value: 'status', id: 'status' },
        instance: { value: 'ledger' },
      });
      expect(spoken(response)).toBe(
        `I couldn't find an instance called ledger in Oregon. That is in the Regions that answered; ${WHY[ireland]}.`,
      );
    },
  );

  it('answers about an instance found in a Region that answered', async () => {
    const response = await ask('throws', 'CheckInstanceProperty', {
      property: { value: 'status', id: 'status' },
      instance: { value: 'reporting' },
    });
    expect(spoken(response)).toBe('The status of reporting in Oregon is available.');
  });

  it('still says why when no Region answers at all', async () => {
    const rds = mockClient(RDSClient);
    restore = () => rds.restore();
    rds.on(DescribeDBInstancesCommand).rejects(sdkError('InternalFailure', 500));
    const { skill } = createTestSkill({ env: REGIONS });
    const response = await skill.invoke(intentRequest('NumberOfInstances'));
    expect(spoken(response)).toBe('AWS is not answering right now. Please try again in a moment.');
  });

  it('counts every Region as a whole answer when all of them answer', async () => {
    const response = await ask('answers', 'NumberOfInstances');
    expect(spoken(response)).toBe('You have 3 instances across 2 Regions: 2 in Oregon and 1 in Ireland.');
  });
});

describe('Partial answers: a list the deadline cuts short', () => {
  /** An instance in Oregon, a clock the AWS fakes move, and a skill reading both. */
  function clockedSkill() {
    let clock = NOW;
    const rds = mockClient(RDSClient);
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: FLEET['us-west-2'] });
    const cloudWatch = mockClient(CloudWatchClient);
    restore = () => {
      rds.restore();
      cloudWatch.restore();
    };
    const { skill } = createTestSkill({ env: { DBVOICE_REGIONS: 'us-west-2' }, now: () => clock });
    const ask = (intent: string) =>
      skill.invoke(intentRequest(intent, { instance: { value: 'reporting' }, region: OREGON }));
    return { rds, cloudWatch, ask, spend: (ms: number) => (clock += ms) };
  }

  const alarm = (name: string) => ({
    AlarmName: name,
    StateValue: 'ALARM' as const,
    Dimensions: [{ Name: 'DBInstanceIdentifier', Value: 'prod-reporting-01' }],
  });

  it('ListAlarms never says "no alarms" when time ran out before the last page', async () => {
    const { cloudWatch, ask, spend } = clockedSkill();
    cloudWatch.on(DescribeAlarmsCommand).callsFake(async (input: { NextToken?: string }) => {
      spend(10_000);
      return input.NextToken
        ? { MetricAlarms: [alarm('high cpu')] }
        : { MetricAlarms: [], NextToken: 'page-2' };
    });
    const response = await ask('ListAlarms');
    expect(spoken(response)).toBe(
      "None of the alarms I could read is firing for reporting in Oregon. I couldn't read the whole list: Oregon did not answer in time.",
    );
    expect(cloudWatch.commandCalls(DescribeAlarmsCommand)).toHaveLength(1);
  });

  it('ListAlarms says the alarms it read are only part of the list', async () => {
    const { cloudWatch, ask, spend } = clockedSkill();
    cloudWatch.on(DescribeAlarmsCommand).callsFake(async (input: { NextToken?: string }) => {
      spend(10_000);
      return input.NextToken
        ? { MetricAlarms: [alarm('low storage')] }
        : { MetricAlarms: [alarm('high cpu')], NextToken: 'page-2' };
    });
    const response = await ask('ListAlarms');
    expect(spoken(response)).toBe(
      "One alarm is firing for reporting in Oregon: high cpu. I couldn't read the whole list: Oregon did not answer in time.",
    );
  });

  it('ListEvents never says "no events" when time ran out before the last page', async () => {
    const { rds, ask, spend } = clockedSkill();
    rds.on(DescribeEventsCommand).callsFake(async (input: { Marker?: string }) => {
      spend(10_000);
      return input.Marker
        ? { Events: [{ Date: new Date(NOW - 60_000), Message: 'DB instance restarted' }] }
        : { Events: [], Marker: 'page-2' };
    });
    const response = await ask('ListEvents');
    expect(spoken(response)).toBe(
      "I found no events of reporting in Oregon from the last 24 hours in what I could read. I couldn't read the whole list: Oregon did not answer in time.",
    );
  });

  it('ListEvents reads the events it got and says the list is partial', async () => {
    const { rds, ask, spend } = clockedSkill();
    rds.on(DescribeEventsCommand).callsFake(async (input: { Marker?: string }) => {
      spend(10_000);
      return input.Marker
        ? { Events: [{ Date: new Date(NOW - 120_000), Message: 'Backing up DB instance' }] }
        : { Events: [{ Date: new Date(NOW - 60_000), Message: 'DB instance restarted' }], Marker: 'page-2' };
    });
    const response = await ask('ListEvents');
    expect(spoken(response)).toContain("I couldn't read the whole list: Oregon did not answer in time.");
    expect(spoken(response)).toContain('DB instance restarted');
    expect(spoken(response)).not.toContain('Backing up');
  });
});

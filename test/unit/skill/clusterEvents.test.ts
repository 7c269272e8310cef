import { DescribeEventsCommand } from '@aws-sdk/client-rds';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createTestSkill, NOW } from '../../helpers/testSkill.js';

const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' };

let rds: ReturnType<typeof mockFleet>;
beforeEach(() => {
  rds = mockFleet({
    'us-west-2': [
      dbInstance({
        identifier: 'blog-aurora-1',
        name: 'blog',
        engine: 'aurora-mysql',
        cluster: 'blog-cluster',
      }),
      dbInstance({ identifier: 'prod-reporting-01', name: 'reporting' }),
    ],
  });
  rds
    .on(DescribeEventsCommand, { SourceType: 'db-instance' })
    .resolves({
      Events: [
        {
          SourceType: 'db-instance',
          SourceIdentifier: 'blog-aurora-1',
          Date: new Date(NOW - 3 * 3_600_000),
          Message: 'DB instance restarted',
        },
      ],
    })
    .on(DescribeEventsCommand, { SourceType: 'db-cluster', SourceIdentifier: 'blog-cluster' })
    .resolves({
      Events: [
        {
          SourceType: 'db-cluster',
          SourceIdentifier: 'blog-cluster',
          Date: new Date(NOW - 5 * 60_000),
          Message: 'Completed failover to DB instance: blog-aurora-2',
        },
      ],
    });
});
afterEach(() => rds.restore());

function listEvents(instance: string) {
  return intentRequest('ListEvents', { instance: { value: instance }, region: OREGON });
}

describe('Handler: ListEvents (Aurora cluster members)', () => {
  it("includes the cluster's events, named as the cluster's, newest first", async () => {
    // Prepare
    const { skill } = createTestSkill();

    // Act
    const response = await skill.invoke(listEvents('blog'));

    // Assess
    expect(spoken(response)).toBe(
      'blog in Oregon had 2 events in the last 24 hours. The latest ones, newest first. 5 minutes ago, on its cluster blog-cluster: Completed failover to DB instance: blog-aurora-2. 3 hours ago: DB instance restarted.',
    );
    const inputs = rds.commandCalls(DescribeEventsCommand).map((call) => call.args[0].input);
    expect(inputs).toHaveLength(2);
    expect(inputs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          SourceType: 'db-instance',
          SourceIdentifier: 'blog-aurora-1',
          Duration: 1440,
        }),
        expect.objectContaining({
          SourceType: 'db-cluster',
          SourceIdentifier: 'blog-cluster',
          Duration: 1440,
        }),
      ]),
    );
  });

  it('reads only the instance events of an instance outside a cluster', async () => {
    // Prepare
    const { skill } = createTestSkill();

    // Act
    await skill.invoke(listEvents('reporting'));

    // Assess
    const inputs = rds.commandCalls(DescribeEventsCommand).map((call) => call.args[0].input);
    expect(inputs).toEqual([expect.objectContaining({ SourceType: 'db-instance' })]);
  });

  it('says it could not read the events when the cluster read fails, rather than a list without the failover', async () => {
    // Prepare
    rds
      .on(DescribeEventsCommand, { SourceType: 'db-cluster' })
      .rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    const { skill } = createTestSkill();

    // Act
    const response = await skill.invoke(listEvents('blog'));

    // Assess
    expect(spoken(response)).toBe('AWS is throttling my requests right now. Please try again in a minute.');
  });
});

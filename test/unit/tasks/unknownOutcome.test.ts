import {
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  FailoverDBClusterCommand,
  RebootDBInstanceCommand,
} from '@aws-sdk/client-rds';
import { afterEach, describe, expect, it } from 'vitest';
import { spoken } from '../../helpers/alexaRequests.js';
import { createTestSkill } from '../../helpers/testSkill.js';
import { auditRecords, Conversation, mockTaskAws, OPTED_IN_TAGS, OREGON, type TaskAws } from './taskAws.js';

let aws: TaskAws;
afterEach(() => aws.restore());

const reporting = { instance: { value: 'reporting' }, region: OREGON, mfaCode: { value: '123456' } };
const blog = { instance: { value: 'blog' }, region: OREGON, mfaCode: { value: '123456' } };

/** The SDK's own error when the response timeout fires: no HTTP status, because no reply came. */
const timeout = () =>
  Object.assign(new Error('Connection timed out after 3000 ms'), { name: 'TimeoutError' });
const serverError = () =>
  Object.assign(new Error('Internal failure'), {
    name: 'InternalFailure',
    $fault: 'server',
    $metadata: { httpStatusCode: 500 },
  });

/** The one describe by identifier that follows a lost reply answers `status`. */
function instanceStatusAfterwards(aws: TaskAws, identifier: string, status: string) {
  aws.rds
    .on(DescribeDBInstancesCommand, { DBInstanceIdentifier: identifier })
    .resolves({ DBInstances: [{ DBInstanceIdentifier: identifier, DBInstanceStatus: status }] });
}

function describesOf(aws: TaskAws, identifier: string) {
  return aws.rds
    .commandCalls(DescribeDBInstancesCommand)
    .filter((call) => call.args[0].input.DBInstanceIdentifier === identifier);
}

async function confirmTask(intent: string, slots: Record<string, { value: string }>) {
  const { skill, logLines } = createTestSkill();
  const talk = new Conversation(skill);
  await talk.say(intent, slots);
  const response = await talk.say(intent, slots, 'CONFIRMED');
  return { response, audits: auditRecords(logLines) };
}

describe('Handler: RebootInstance when the RDS reply is lost', () => {
  it('says the reboot is under way when the reply was lost but the instance is now rebooting', async () => {
    // Prepare
    aws = mockTaskAws();
    aws.rds.on(RebootDBInstanceCommand).rejects(timeout());
    instanceStatusAfterwards(aws, 'prod-reporting-01', 'rebooting');
    // Act
    const { response, audits } = await confirmTask('RebootInstance', reporting);
    // Assess
    expect(spoken(response)).toBe("I couldn't confirm the reboot; reporting in Oregon is now rebooting.");
    expect(aws.rds.commandCalls(RebootDBInstanceCommand)).toHaveLength(1);
    expect(describesOf(aws, 'prod-reporting-01')).toHaveLength(1);
    expect(audits).toEqual([
      expect.objectContaining({ result: 'unknownOutcome', detail: 'status rebooting after TimeoutError' }),
    ]);
  });

  it('says the reboot may not have started when the instance is still available after a server error', async () => {
    // Prepare
    aws = mockTaskAws();
    aws.rds.on(RebootDBInstanceCommand).rejects(serverError());
    instanceStatusAfterwards(aws, 'prod-reporting-01', 'available');
    // Act
    const { response, audits } = await confirmTask('RebootInstance', reporting);
    // Assess
    expect(spoken(response)).toBe(
      "I couldn't confirm the reboot; reporting in Oregon is still available, so the reboot may not have started. Ask me again in a minute to check.",
    );
    expect(spoken(response)).not.toContain('Nothing was changed');
    expect(aws.rds.commandCalls(RebootDBInstanceCommand)).toHaveLength(1);
    expect(audits.map((a) => a.result)).toEqual(['unknownOutcome']);
    expect(audits[0]?.detail).toBe('status available after InternalFailure');
  });

  it('says it could not check when the describe after a lost reply fails too, never that nothing changed', async () => {
    // Prepare
    aws = mockTaskAws();
    aws.rds.on(RebootDBInstanceCommand).rejects(timeout());
    aws.rds.on(DescribeDBInstancesCommand, { DBInstanceIdentifier: 'prod-reporting-01' }).rejects(timeout());
    // Act
    const { response, audits } = await confirmTask('RebootInstance', reporting);
    // Assess
    expect(spoken(response)).toBe(
      "I couldn't confirm the reboot, and I couldn't read the status of reporting in Oregon either, so it may have started. Ask me again in a minute to check.",
    );
    expect(aws.rds.commandCalls(RebootDBInstanceCommand)).toHaveLength(1);
    expect(audits).toEqual([
      expect.objectContaining({ result: 'unknownOutcome', detail: 'status unread after TimeoutError' }),
    ]);
  });

  it('answers a refusal RDS did send (throttling) as a failure, without a second try or a describe', async () => {
    // Prepare
    aws = mockTaskAws();
    aws.rds.on(RebootDBInstanceCommand).rejects(
      Object.assign(new Error('Rate exceeded'), {
        name: 'ThrottlingException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    // Act
    const { response, audits } = await confirmTask('RebootInstance', reporting);
    // Assess
    expect(spoken(response)).not.toContain("couldn't confirm");
    expect(aws.rds.commandCalls(RebootDBInstanceCommand)).toHaveLength(1);
    expect(describesOf(aws, 'prod-reporting-01')).toHaveLength(0);
    expect(audits).toEqual([expect.objectContaining({ result: 'failed', detail: 'AwsCallFailed' })]);
  });
});

describe('Handler: FailoverInstance when the RDS reply is lost', () => {
  it('reads the cluster once and says it is failing over when the failover was applied but its reply lost', async () => {
    // Prepare: RDS applies the failover, then the reply never arrives
    aws = mockTaskAws();
    let applied = false;
    let describesAfter = 0;
    aws.rds.on(FailoverDBClusterCommand).callsFake(async () => {
      applied = true;
      throw timeout();
    });
    aws.rds.on(DescribeDBClustersCommand).callsFake(async () => {
      if (applied) describesAfter += 1;
      return {
        DBClusters: [
          {
            DBClusterIdentifier: 'blog-cluster',
            Status: applied ? 'failing-over' : 'available',
            TagList: OPTED_IN_TAGS,
            DBClusterMembers: [
              { DBInstanceIdentifier: 'blog-writer', IsClusterWriter: true },
              { DBInstanceIdentifier: 'blog-reader-1', IsClusterWriter: false },
            ],
          },
        ],
      };
    });
    // Act
    const { response, audits } = await confirmTask('FailoverInstance', blog);
    // Assess
    expect(spoken(response)).toBe(
      "I couldn't confirm the failover; the cluster of blog in Oregon is now failing over.",
    );
    expect(aws.rds.commandCalls(FailoverDBClusterCommand)).toHaveLength(1);
    expect(describesAfter).toBe(1);
    expect(audits).toEqual([
      expect.objectContaining({ result: 'unknownOutcome', detail: 'status failing-over after TimeoutError' }),
    ]);
  });
});

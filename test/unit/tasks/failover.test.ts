import {
  DescribeDBClustersCommand,
  FailoverDBClusterCommand,
  RebootDBInstanceCommand,
} from '@aws-sdk/client-rds';
import { afterEach, describe, expect, it } from 'vitest';
import { type SlotSpec, spoken } from '../../helpers/alexaRequests.js';
import { createTestSkill } from '../../helpers/testSkill.js';
import { auditRecords, Conversation, dialogDirective, mockTaskAws, OREGON, type TaskAws } from './taskAws.js';

let aws: TaskAws;
afterEach(() => aws.restore());

/** Says the failover, then yes, with a fresh accepted code. */
async function failover(slots: Record<string, SlotSpec>) {
  const { skill, logLines } = createTestSkill();
  const talk = new Conversation(skill);
  const withCode = { ...slots, region: OREGON, mfaCode: { value: '123456' } };
  const asked = await talk.say('FailoverInstance', withCode);
  const done = await talk.say('FailoverInstance', withCode, 'CONFIRMED');
  return { asked, done, logLines };
}

describe('Handler: FailoverInstance', () => {
  it('fails over a Multi-AZ RDS instance with a forced-failover reboot', async () => {
    // Prepare
    aws = mockTaskAws();
    // Act
    const { asked, done } = await failover({ instance: { value: 'reporting' } });
    // Assess
    expect(spoken(asked)).toBe(
      'Fail over reporting in Oregon to its standby? This restarts the database in its other Availability Zone.',
    );
    expect(spoken(done)).toBe(
      'Failing over reporting in Oregon to its standby. It will be available again in a few minutes.',
    );
    const reboots = aws.rds.commandCalls(RebootDBInstanceCommand);
    expect(reboots).toHaveLength(1);
    expect(reboots[0]!.args[0].input).toEqual({
      DBInstanceIdentifier: 'prod-reporting-01',
      ForceFailover: true,
    });
    expect(aws.rds.commandCalls(FailoverDBClusterCommand)).toHaveLength(0);
  });

  it('fails over an Aurora cluster with FailoverDBCluster, not a reboot', async () => {
    aws = mockTaskAws();
    const { asked, done, logLines } = await failover({ instance: { value: 'blog' } });
    expect(spoken(asked)).toBe(
      'Fail over the cluster of blog in Oregon to a reader? The writer changes, and connections drop for a moment.',
    );
    expect(spoken(done)).toContain('Failing over the cluster of blog in Oregon');
    const failovers = aws.rds.commandCalls(FailoverDBClusterCommand);
    expect(failovers).toHaveLength(1);
    expect(failovers[0]!.args[0].input).toEqual({ DBClusterIdentifier: 'blog-cluster' });
    expect(aws.rds.commandCalls(RebootDBInstanceCommand)).toHaveLength(0);
    expect(auditRecords(logLines)).toEqual([
      expect.objectContaining({ action: 'clusterFailover', cluster: 'blog-cluster', result: 'done' }),
    ]);
  });

  it('fails over an Aurora cluster to the reader the user named', async () => {
    aws = mockTaskAws();
    const { asked } = await failover({ instance: { value: 'blog' }, target: { value: 'blog reader' } });
    expect(spoken(asked)).toContain('to blog reader?');
    expect(aws.rds.commandCalls(FailoverDBClusterCommand)[0]!.args[0].input).toEqual({
      DBClusterIdentifier: 'blog-cluster',
      TargetDBInstanceIdentifier: 'blog-reader-1',
    });
  });

  it('refuses a target that is not a reader of the cluster', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const response = await new Conversation(skill).say('FailoverInstance', {
      instance: { value: 'blog' },
      target: { value: 'blog' },
      region: OREGON,
    });
    expect(spoken(response)).toContain(
      "blog is not a reader in the cluster of blog in Oregon, so I can't fail over to it.",
    );
    expect(aws.writes()).toHaveLength(0);
  });

  it('says a single-AZ instance cannot fail over, without asking for a code', async () => {
    aws = mockTaskAws();
    const { skill, logLines } = createTestSkill();
    const response = await new Conversation(skill).say('FailoverInstance', {
      instance: { value: 'hr' },
      region: OREGON,
    });
    expect(spoken(response)).toBe(
      'hr in Oregon is a single A. Z. instance, and a failover needs Multi-A. Z. or an Aurora cluster. You can reboot it instead.',
    );
    expect(dialogDirective(response)).toBeUndefined();
    expect(aws.sts.calls()).toHaveLength(0);
    expect(aws.writes()).toHaveLength(0);
    expect(auditRecords(logLines)).toEqual([
      expect.objectContaining({
        what: 'FailoverInstance',
        instance: 'prod-hr-01',
        result: 'refusedNotPossible',
      }),
    ]);
  });

  it('names the status of a Multi-AZ instance that is not available', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const response = await new Conversation(skill).say('FailoverInstance', {
      instance: { value: 'billing' },
      region: OREGON,
      mfaCode: { value: '123456' },
    });
    expect(spoken(response)).toBe(
      "billing in Oregon is backing up, not available, so I can't fail over it now. Nothing was changed.",
    );
    expect(aws.sts.calls()).toHaveLength(0);
  });

  it('names the status of a busy cluster', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const response = await new Conversation(skill).say('FailoverInstance', {
      instance: { value: 'shop' },
      region: OREGON,
      mfaCode: { value: '123456' },
    });
    expect(spoken(response)).toBe(
      "The cluster of shop in Oregon is modifying, not available, so I can't fail it over now. Nothing was changed.",
    );
    expect(aws.rds.commandCalls(DescribeDBClustersCommand)).toHaveLength(1);
    expect(aws.sts.calls()).toHaveLength(0);
    expect(aws.writes()).toHaveLength(0);
  });

  it('changes nothing when the user says no', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const talk = new Conversation(skill);
    const slots = { instance: { value: 'blog' }, region: OREGON, mfaCode: { value: '123456' } };
    await talk.say('FailoverInstance', slots);
    const denied = await talk.say('FailoverInstance', slots, 'DENIED');
    expect(spoken(denied)).toBe("OK, I won't fail over blog in Oregon. Nothing was changed.");
    expect(aws.sts.calls()).toHaveLength(0);
    expect(aws.writes()).toHaveLength(0);
  });
});

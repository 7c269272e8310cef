import { DescribeDBClustersCommand } from '@aws-sdk/client-rds';
import { GetSessionTokenCommand } from '@aws-sdk/client-sts';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { afterEach, describe, expect, it } from 'vitest';
import { spoken } from '../../helpers/alexaRequests.js';
import { createTestSkill } from '../../helpers/testSkill.js';
import { auditRecords, Conversation, mockTaskAws, OREGON, type TaskAws } from './taskAws.js';

let aws: TaskAws;
afterEach(() => aws.restore());

const CODE = { value: '123456' };

/** Whether the answer asks for anything: a slot (the MFA code) or a yes. */
function asksSomething(response: ResponseEnvelope): boolean {
  return (response.response.directives ?? []).some(
    (d) =>
      d.type === 'Dialog.ElicitSlot' || d.type === 'Dialog.ConfirmIntent' || d.type === 'Dialog.Delegate',
  );
}

describe('Handler: tasks on instances and clusters without the opt-in tag', () => {
  it('refuses to reboot an instance without the tag before asking for a code, naming the tag', async () => {
    // Prepare
    aws = mockTaskAws({ withNotOptedIn: true });
    const { skill, logLines } = createTestSkill();

    // Act
    const response = await new Conversation(skill).say('RebootInstance', {
      instance: { value: 'legacy' },
      region: OREGON,
    });

    // Assess
    expect(spoken(response)).toBe(
      "legacy in Oregon isn't enabled for reboots. An operator can enable it with the tag dbvoice tasks = enabled. Nothing was changed.",
    );
    expect(asksSomething(response)).toBe(false);
    expect(aws.sts.calls()).toHaveLength(0);
    expect(aws.writes()).toHaveLength(0);
    expect(auditRecords(logLines)).toEqual([
      expect.objectContaining({
        what: 'RebootInstance',
        instance: 'prod-legacy-01',
        region: 'us-west-2',
        result: 'refusedNotPossible',
        detail: 'notOptedIn',
      }),
    ]);
  });

  it('refuses a reboot said with its code without checking or spending the code', async () => {
    // Prepare
    aws = mockTaskAws({ withNotOptedIn: true });
    const { skill } = createTestSkill();

    // Act
    const refused = await new Conversation(skill).say('RebootInstance', {
      instance: { value: 'legacy' },
      region: OREGON,
      mfaCode: CODE,
    });
    const elsewhere = new Conversation(skill);
    const reporting = { instance: { value: 'reporting' }, region: OREGON, mfaCode: CODE };
    await elsewhere.say('RebootInstance', reporting);
    const done = await elsewhere.say('RebootInstance', reporting, 'CONFIRMED');

    // Assess
    expect(spoken(refused)).toMatch(/^legacy in Oregon isn't enabled for reboots\./);
    expect(asksSomething(refused)).toBe(false);
    expect(spoken(done)).toMatch(/^Rebooting reporting in Oregon\./);
    expect(aws.sts.commandCalls(GetSessionTokenCommand)).toHaveLength(1);
    expect(aws.writes().map((call) => call.args[0].input)).toEqual([
      { DBInstanceIdentifier: 'prod-reporting-01' },
    ]);
  });

  it('refuses to fail over a Multi-AZ instance without the tag, naming failovers and the tag', async () => {
    // Prepare
    aws = mockTaskAws({ withNotOptedIn: true });
    const { skill, logLines } = createTestSkill();
    const talk = new Conversation(skill);
    const slots = { instance: { value: 'payroll' }, region: OREGON, mfaCode: CODE };

    // Act
    const first = await talk.say('FailoverInstance', slots);
    const yes = await talk.say('FailoverInstance', slots, 'CONFIRMED');

    // Assess
    for (const response of [first, yes]) {
      expect(spoken(response)).toBe(
        "payroll in Oregon isn't enabled for failovers. An operator can enable it with the tag dbvoice tasks = enabled. Nothing was changed.",
      );
      expect(asksSomething(response)).toBe(false);
    }
    expect(aws.sts.calls()).toHaveLength(0);
    expect(aws.writes()).toHaveLength(0);
    expect(auditRecords(logLines).map((record) => record.detail)).toEqual(['notOptedIn', 'notOptedIn']);
  });

  it('refuses to fail over an Aurora cluster without the tag, even when its writer has it', async () => {
    // Prepare
    aws = mockTaskAws({ withNotOptedIn: true });
    const { skill, logLines } = createTestSkill();

    // Act
    const response = await new Conversation(skill).say('FailoverInstance', {
      instance: { value: 'wiki' },
      region: OREGON,
    });

    // Assess
    expect(spoken(response)).toBe(
      "The cluster of wiki in Oregon isn't enabled for failovers. An operator can enable it with the tag dbvoice tasks = enabled. Nothing was changed.",
    );
    expect(asksSomething(response)).toBe(false);
    expect(aws.rds.commandCalls(DescribeDBClustersCommand)).toHaveLength(1);
    expect(aws.sts.calls()).toHaveLength(0);
    expect(aws.writes()).toHaveLength(0);
    expect(auditRecords(logLines)).toEqual([
      expect.objectContaining({
        what: 'FailoverInstance',
        instance: 'wiki-writer',
        result: 'refusedNotPossible',
        detail: 'clusterNotOptedIn',
      }),
    ]);
  });

  it('reboots an Aurora instance that has the tag although its cluster does not', async () => {
    // Prepare
    aws = mockTaskAws({ withNotOptedIn: true });
    const { skill } = createTestSkill();
    const talk = new Conversation(skill);
    const slots = { instance: { value: 'wiki' }, region: OREGON, mfaCode: CODE };

    // Act
    const asked = await talk.say('RebootInstance', slots);
    const done = await talk.say('RebootInstance', slots, 'CONFIRMED');

    // Assess
    expect(spoken(asked)).toBe('Reboot wiki in Oregon? This restarts the database.');
    expect(spoken(done)).toMatch(/^Rebooting wiki in Oregon\./);
    expect(aws.writes().map((call) => call.args[0].input)).toEqual([{ DBInstanceIdentifier: 'wiki-writer' }]);
  });
});

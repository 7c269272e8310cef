import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { PublishCommand } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { intentRequest, launchRequest, spoken, TEST_USER_ID } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createTestSkill } from '../../helpers/testSkill.js';
import {
  Conversation,
  dialogDirective,
  mockTaskAws,
  OREGON,
  sha256,
  TASK_FLEET,
  type TaskAws,
  TOPIC_ARN,
} from './taskAws.js';

let aws: TaskAws;
afterEach(() => aws.restore());

const notifications = (id: 'on' | 'off' | 'status') =>
  intentRequest('SetNotifications', { notificationState: { value: id, id, type: 'NOTIFICATION_STATE' } });

describe('Handler: SetNotifications', () => {
  it('turns notifications on and remembers it for the next request', async () => {
    // Prepare
    aws = mockTaskAws();
    const { skill } = createTestSkill({ env: { TOPIC_ARN } });
    // Act
    const on = await skill.invoke(notifications('on'));
    const status = await skill.invoke(notifications('status'));
    // Assess
    expect(spoken(on)).toBe(
      'Notifications are on. I will e-mail the full answer to each question, and a record of every reboot and failover.',
    );
    expect(spoken(status)).toBe('Notifications are on: I e-mail the full answer to each question.');
  });

  it('keeps the choice in the state table across cold starts, never in the environment', async () => {
    aws = mockTaskAws();
    const env = { TOPIC_ARN, STATE_TABLE: 'dbvoice-state' };
    await createTestSkill({ env }).skill.invoke(notifications('on'));
    const status = await createTestSkill({ env }).skill.invoke(notifications('status'));
    expect(spoken(status)).toContain('Notifications are on');
    const item = aws.table.get(sha256(TEST_USER_ID));
    expect(JSON.parse(item?.attributes?.S ?? '{}')).toMatchObject({ notifications: true });
  });

  it('says notifications are off by default and after turning them off', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill({ env: { TOPIC_ARN } });
    const before = await skill.invoke(notifications('status'));
    await skill.invoke(notifications('on'));
    const off = await skill.invoke(notifications('off'));
    const after = await skill.invoke(notifications('status'));
    expect(spoken(before)).toBe(
      'Notifications are off. Say: turn notifications on, to get answers by e-mail.',
    );
    expect(spoken(off)).toBe("Notifications are off. I won't e-mail answers any more.");
    expect(spoken(after)).toContain('Notifications are off.');
  });

  it('warns when there is no topic to send to', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const on = await skill.invoke(notifications('on'));
    expect(spoken(on)).toContain('no e-mail topic is set up');
    expect(aws.sns.calls()).toHaveLength(0);
  });

  it('asks on or off when the choice was not understood', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill({ env: { TOPIC_ARN } });
    const response = await skill.invoke(
      intentRequest('SetNotifications', {
        notificationState: { value: 'purple', type: 'NOTIFICATION_STATE' },
      }),
    );
    expect(spoken(response)).toBe('Do you want notifications on or off?');
    expect(dialogDirective(response)).toMatchObject({
      type: 'Dialog.ElicitSlot',
      slotToElicit: 'notificationState',
    });
  });
});

describe('Interceptor: notifications', () => {
  it('e-mails the full answer, with every name of a list cut to 20 in speech', async () => {
    // Prepare
    aws = mockTaskAws();
    aws.rds.restore();
    const many = Array.from({ length: 57 }, (_, i) =>
      dbInstance({ identifier: `db-${String(i).padStart(2, '0')}` }),
    );
    aws.rds = mockFleet({ 'us-west-2': many });
    const { skill } = createTestSkill({ env: { TOPIC_ARN } });
    await skill.invoke(notifications('on'));
    aws.sns.resetHistory();
    // Act
    const response = await skill.invoke(intentRequest('ListInstances', { region: OREGON }));
    // Assess
    expect(spoken(response)).toContain('and 37 more');
    const published = aws.sns.commandCalls(PublishCommand);
    expect(published).toHaveLength(1);
    const input = published[0]!.args[0].input;
    expect(input.TopicArn).toBe(TOPIC_ARN);
    expect(input.Subject).toBe('dbvoice: ListInstances - Oregon (us-west-2)');
    for (let i = 0; i < 57; i++) expect(input.Message).toContain(`db-${String(i).padStart(2, '0')}`);
  });

  it('names intent, instance and Region in the subject', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill({ env: { TOPIC_ARN } });
    await skill.invoke(notifications('on'));
    aws.sns.resetHistory();
    await skill.invoke(
      intentRequest('CheckInstanceProperty', {
        property: { value: 'status', id: 'status' },
        instance: { value: 'reporting' },
        region: OREGON,
      }),
    );
    const input = aws.sns.commandCalls(PublishCommand)[0]!.args[0].input;
    expect(input.Subject).toBe('dbvoice: CheckInstanceProperty - reporting - Oregon (us-west-2)');
    expect(input.Message).toContain('The status of reporting in Oregon is available.');
  });

  it('sends nothing when notifications are off', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill({ env: { TOPIC_ARN } });
    await skill.invoke(notifications('on'));
    await skill.invoke(notifications('off'));
    aws.sns.resetHistory();
    await skill.invoke(intentRequest('ListInstances', { region: OREGON }));
    expect(aws.sns.calls()).toHaveLength(0);
  });

  it('keeps the answer when the e-mail fails', async () => {
    aws = mockTaskAws();
    aws.sns
      .on(PublishCommand)
      .rejects(Object.assign(new Error('boom'), { $metadata: { httpStatusCode: 500 } }));
    const { skill, logLines } = createTestSkill({ env: { TOPIC_ARN } });
    await skill.invoke(notifications('on'));
    const response = await skill.invoke(intentRequest('ListInstances', { region: OREGON }));
    expect(spoken(response)).toContain('In Oregon you have');
    expect(logLines.some((line) => line.includes('Notification not sent'))).toBe(true);
  });

  it('e-mails one audit record per reboot, with the answer, and no e-mail for the questions on the way', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill({ env: { TOPIC_ARN } });
    await skill.invoke(notifications('on'));
    aws.sns.resetHistory();
    const talk = new Conversation(skill);
    const slots = { instance: { value: 'reporting' }, region: OREGON };
    await talk.say('RebootInstance', slots);
    await talk.say('RebootInstance', { ...slots, mfaCode: { value: '123456' } });
    await talk.say('RebootInstance', { ...slots, mfaCode: { value: '123456' } }, 'CONFIRMED');
    const published = aws.sns.commandCalls(PublishCommand);
    expect(published).toHaveLength(1);
    const input = published[0]!.args[0].input;
    expect(input.Subject).toBe(
      'dbvoice: audit - RebootInstance - prod-reporting-01 - Oregon (us-west-2) - done',
    );
    expect(input.Message).toContain('Rebooting reporting in Oregon.');
    expect(input.Message).toContain(`Who (SHA-256 of the Alexa user id): ${sha256(TEST_USER_ID)}`);
    expect(input.Message).not.toContain('123456');
  });

  it('e-mails refusals too when notifications are on', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill({ env: { TOPIC_ARN } });
    await skill.invoke(notifications('on'));
    aws.sns.resetHistory();
    await new Conversation(skill).say('FailoverInstance', { instance: { value: 'hr' }, region: OREGON });
    const input = aws.sns.commandCalls(PublishCommand)[0]!.args[0].input;
    expect(input.Subject).toContain('refusedNotPossible');
    expect(input.Message).toContain('single A. Z.');
  });
});

describe('Interceptor: user state prefetch', () => {
  const env = { TOPIC_ARN, STATE_TABLE: 'dbvoice-state' };
  const stateReads = () => aws.dynamo.commandCalls(GetItemCommand).length;

  it("reads the user's notification choice while the intent's own AWS call is still in flight, once", async () => {
    // Prepare: RDS answers only after the state read has started (or never, failing the test).
    aws = mockTaskAws();
    const { skill } = createTestSkill({ env });
    await skill.invoke(notifications('on'));
    aws.dynamo.resetHistory();
    aws.sns.resetHistory();
    aws.rds.restore();
    aws.rds = mockClient(RDSClient);
    aws.rds.on(DescribeDBInstancesCommand).callsFake(async () => {
      await vi.waitFor(() => expect(stateReads()).toBe(1), { timeout: 2_000 });
      return { DBInstances: TASK_FLEET['us-west-2'] };
    });
    // Act
    const response = await skill.invoke(intentRequest('NumberOfInstances', { region: OREGON }));
    // Assess: answered, e-mailed (the choice was read), and read once for interceptor and all.
    expect(spoken(response)).toBe('You have 7 instances in Oregon.');
    expect(aws.sns.commandCalls(PublishCommand)).toHaveLength(1);
    expect(stateReads()).toBe(1);
  });

  it('reads nothing for an answer that is never e-mailed, or while a dialog still asks for a slot', async () => {
    aws = mockTaskAws();
    const withoutTopic = createTestSkill({ env: { STATE_TABLE: 'dbvoice-state' } }).skill;
    await withoutTopic.invoke(intentRequest('NumberOfInstances', { region: OREGON }));
    const { skill } = createTestSkill({ env });
    await skill.invoke(launchRequest());
    const question = await skill.invoke(intentRequest('SetNotifications', {}, { dialogState: 'STARTED' }));
    expect(dialogDirective(question)?.type).toMatch(/^Dialog\./);
    expect(stateReads()).toBe(0);
  });

  it('reads nothing for a speaker the allow-list refuses', async () => {
    aws = mockTaskAws({ allowList: 'amzn1.ask.account.SOMEONE-ELSE' });
    const { skill } = createTestSkill({
      env: { ...env, ALLOWED_USERS_PARAMETER: '/dbvoice/allowed-users' },
    });
    const response = await skill.invoke(intentRequest('NumberOfInstances', { region: OREGON }));
    expect(spoken(response)).toContain("you're not authorised");
    expect(stateReads()).toBe(0);
  });
});

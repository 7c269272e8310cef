import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, launchRequest, spoken, TEST_USER_ID } from '../../helpers/alexaRequests.js';
import { createTestSkill } from '../../helpers/testSkill.js';
import { auditRecords, Conversation, mockTaskAws, OREGON, sha256, type TaskAws } from './taskAws.js';

let aws: TaskAws;
afterEach(() => aws.restore());

const ALLOW_LIST = { ALLOWED_USERS_PARAMETER: '/dbvoice/allowed-users', STATE_TABLE: 'dbvoice-state' };
const NOT_AUTHORISED =
  "Sorry, you're not authorised to use database fleet. Ask your administrator to add you.";

describe('Interceptor: allow-list', () => {
  it('refuses a speaker who is not on the list, reading and doing nothing else', async () => {
    // Prepare
    aws = mockTaskAws({ allowList: 'amzn1.ask.account.SOMEONEELSE,amzn1.ask.person.ALICE' });
    const { skill, logLines } = createTestSkill({ env: ALLOW_LIST });
    // Act
    const list = await skill.invoke(intentRequest('ListInstances', { region: OREGON }));
    const reboot = await new Conversation(skill).say('RebootInstance', {
      instance: { value: 'reporting' },
      region: OREGON,
      mfaCode: { value: '123456' },
    });
    const launch = await skill.invoke(launchRequest());
    // Assess
    for (const response of [list, reboot, launch]) expect(spoken(response)).toBe(NOT_AUTHORISED);
    expect(aws.rds.calls()).toHaveLength(0);
    expect(aws.sts.calls()).toHaveLength(0);
    expect(aws.dynamo.calls()).toHaveLength(0);
    expect(aws.ssm.commandCalls(GetParameterCommand)).toHaveLength(1); // cached for the container
    expect(auditRecords(logLines)).toEqual([
      expect.objectContaining({
        who: sha256(TEST_USER_ID),
        what: 'ListInstances',
        result: 'refusedNotAuthorised',
      }),
      expect.objectContaining({ what: 'RebootInstance', result: 'refusedNotAuthorised' }),
      expect.objectContaining({ what: 'LaunchRequest', result: 'refusedNotAuthorised' }),
    ]);
  });

  it('lets in a listed Alexa user', async () => {
    aws = mockTaskAws({ allowList: `amzn1.ask.account.SOMEONEELSE,${TEST_USER_ID}` });
    const { skill } = createTestSkill({ env: ALLOW_LIST });
    const response = await skill.invoke(intentRequest('ListInstances', { region: OREGON }));
    expect(spoken(response)).toContain('In Oregon you have');
  });

  it('lets in a listed voice profile on an unlisted account', async () => {
    aws = mockTaskAws({ allowList: 'amzn1.ask.account.SOMEONEELSE\namzn1.ask.person.ALICE' });
    const { skill } = createTestSkill({ env: ALLOW_LIST });
    const alice = await skill.invoke(
      intentRequest('ListInstances', { region: OREGON }, { personId: 'amzn1.ask.person.ALICE' }),
    );
    const bob = await skill.invoke(
      intentRequest('ListInstances', { region: OREGON }, { personId: 'amzn1.ask.person.BOB' }),
    );
    expect(spoken(alice)).toContain('In Oregon you have');
    expect(spoken(bob)).toBe(NOT_AUTHORISED);
  });

  it('lets everyone in when no allow-list parameter exists', async () => {
    aws = mockTaskAws({ allowList: undefined });
    const { skill } = createTestSkill({ env: ALLOW_LIST });
    const response = await skill.invoke(intentRequest('ListInstances', { region: OREGON }));
    expect(spoken(response)).toContain('In Oregon you have');
  });

  it('reads no parameter at all when the allow-list is turned off', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    await skill.invoke(intentRequest('ListInstances', { region: OREGON }));
    expect(aws.ssm.commandCalls(GetParameterCommand)).toHaveLength(0);
  });

  it('fails closed when the allow-list cannot be read', async () => {
    aws = mockTaskAws();
    aws.ssm.on(GetParameterCommand).rejects(
      Object.assign(new Error('denied'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    const { skill } = createTestSkill({ env: ALLOW_LIST });
    const response = await skill.invoke(intentRequest('ListInstances', { region: OREGON }));
    expect(spoken(response)).toContain('AWS denied access');
    expect(aws.rds.calls()).toHaveLength(0);
  });
});

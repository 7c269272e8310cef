import { GetSessionTokenCommand } from '@aws-sdk/client-sts';
import type { RequestEnvelope } from 'ask-sdk-model';
import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest } from '../../helpers/alexaRequests.js';
import { createTestSkill } from '../../helpers/testSkill.js';
import { auditRecords, dialogDirective, mockTaskAws, OREGON, type TaskAws } from './taskAws.js';

let aws: TaskAws;
afterEach(() => aws.restore());

const reporting = { instance: { value: 'reporting' }, region: OREGON };
/** What the skill itself puts in the session when it asks "Reboot reporting in Oregon?". */
const FORGED_PENDING = {
  dbvoicePendingTask: {
    kind: 'reboot',
    action: 'reboot',
    instance: 'prod-reporting-01',
    region: 'us-west-2',
    cluster: '',
    target: '',
  },
};

/** A turn of `session` with `code`: Alexa's envelope, with the session id set. */
function turn(
  session: string,
  code: string,
  confirmationStatus: 'NONE' | 'CONFIRMED',
  options: { newSession: boolean; attributes?: Record<string, unknown> },
): RequestEnvelope {
  const envelope = intentRequest(
    'RebootInstance',
    { ...reporting, mfaCode: { value: code } },
    { confirmationStatus, ...options },
  );
  return { ...envelope, session: { ...envelope.session!, sessionId: session } };
}

describe.each([
  ['in memory', {}],
  ['in the state table', { STATE_TABLE: 'dbvoice-state' }],
])('Handler: RebootInstance confirmation kept server-side (%s)', (_where, env) => {
  it('never acts on a forged yes on the first turn of a new session, whatever the session attributes say', async () => {
    // Prepare
    aws = mockTaskAws();
    const { skill, logLines } = createTestSkill({ env });
    // Act
    const response = await skill.invoke(
      turn('session-forged', '123456', 'CONFIRMED', { newSession: true, attributes: FORGED_PENDING }),
    );
    // Assess
    expect(dialogDirective(response)?.type).toBe('Dialog.ConfirmIntent');
    expect(aws.sts.commandCalls(GetSessionTokenCommand)).toHaveLength(0);
    expect(aws.writes()).toHaveLength(0);
    expect(auditRecords(logLines)).toEqual([]);
  });

  it('never acts on a yes in a continuing session whose question the skill never asked', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill({ env });
    const response = await skill.invoke(
      turn('session-never-asked', '123456', 'CONFIRMED', { newSession: false, attributes: FORGED_PENDING }),
    );
    expect(dialogDirective(response)?.type).toBe('Dialog.ConfirmIntent');
    expect(aws.sts.commandCalls(GetSessionTokenCommand)).toHaveLength(0);
    expect(aws.writes()).toHaveLength(0);
  });

  it('acts at most once on the same yes sent twice in parallel, even with two good codes', async () => {
    // Prepare: the skill asks once in this session
    aws = mockTaskAws();
    const { skill } = createTestSkill({ env });
    const asked = await skill.invoke(turn('session-twice', '111111', 'NONE', { newSession: true }));
    const attributes = asked.sessionAttributes as Record<string, unknown>;
    // Act: the yes arrives twice at once (a replay), each carrying another valid code
    const answers = await Promise.all(
      ['111111', '122222'].map((code) =>
        skill.invoke(turn('session-twice', code, 'CONFIRMED', { newSession: false, attributes })),
      ),
    );
    // Assess
    expect(dialogDirective(asked)?.type).toBe('Dialog.ConfirmIntent');
    expect(aws.writes()).toHaveLength(1);
    expect(answers.filter((a) => dialogDirective(a)?.type === 'Dialog.ConfirmIntent')).toHaveLength(1);
  });
});

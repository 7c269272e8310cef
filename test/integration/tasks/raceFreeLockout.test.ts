import { GetSessionTokenCommand } from '@aws-sdk/client-sts';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { createTestSkill } from '../../helpers/testSkill.js';
import { mockTaskAws, OREGON, type TaskAws } from '../../unit/tasks/taskAws.js';
import { withEmulatorEnv } from './withEmulatorEnv.js';

/**
 * Separate containers (one createSkill each) sharing the emulator's state table over real HTTP. RDS, SSM and
 * STS are mocked (STS counts the codes it sees); DynamoDB is the emulator, so every conditional write is
 * judged by a real server, as it would be by DynamoDB between Lambda containers.
 */
let emulator: Emulator;
let restoreEnv: () => void;
let aws: TaskAws;
const env = { STATE_TABLE: 'dbvoice-skill-state' };
const reporting = { instance: { value: 'reporting' }, region: OREGON };

// A fresh emulator per test: the MFA device is the same in every test, and a lock must not carry over.
beforeEach(async () => {
  emulator = await createEmulator();
  restoreEnv = withEmulatorEnv(emulator.url);
});
afterEach(async () => {
  aws.restore();
  restoreEnv();
  await emulator.close();
});

function mockAllButDynamoDb(): TaskAws {
  const mocks = mockTaskAws();
  mocks.dynamo.restore();
  return mocks;
}

function turn(
  session: string,
  userId: string,
  code: string,
  confirmationStatus: 'NONE' | 'CONFIRMED',
  attributes?: Record<string, unknown>,
): RequestEnvelope {
  const envelope = intentRequest(
    'RebootInstance',
    { ...reporting, mfaCode: { value: code } },
    {
      confirmationStatus,
      userId,
      newSession: attributes === undefined,
      ...(attributes ? { attributes } : {}),
    },
  );
  return { ...envelope, session: { ...envelope.session!, sessionId: session } };
}

type Skill = ReturnType<typeof createTestSkill>['skill'];

/** The code, the skill's question, then the yes: the answer to the yes. */
async function attempt(
  skill: Skill,
  session: string,
  userId: string,
  code: string,
): Promise<ResponseEnvelope> {
  const asked = await skill.invoke(turn(session, userId, code, 'NONE'));
  return skill.invoke(turn(session, userId, code, 'CONFIRMED', asked.sessionAttributes ?? {}));
}

describe('Tasks across containers: race-free lockout and confirmation on the shared state table', () => {
  it('sends at most 3 of 8 parallel wrong codes to STS, locks device and user, and refuses the next valid code', async () => {
    // Prepare: eight containers, one user, each with its own session and wrong code
    aws = mockAllButDynamoDb();
    const user = 'amzn1.ask.account.RACER';
    const containers = Array.from({ length: 8 }, () => createTestSkill({ env }).skill);
    const asked = await Promise.all(
      containers.map((skill, i) => skill.invoke(turn(`race-${i}`, user, `90000${i}`, 'NONE'))),
    );
    // Act: all eight yeses at once
    const answers = await Promise.all(
      containers.map((skill, i) =>
        skill.invoke(turn(`race-${i}`, user, `90000${i}`, 'CONFIRMED', asked[i]!.sessionAttributes ?? {})),
      ),
    );
    const stsAfterRace = aws.sts.commandCalls(GetSessionTokenCommand).length;
    const sameUser = await attempt(createTestSkill({ env }).skill, 'race-next', user, '123456');
    const otherUser = await attempt(
      createTestSkill({ env }).skill,
      'race-other',
      'amzn1.ask.account.TEAMMATE',
      '122222',
    );
    // Assess
    expect(stsAfterRace).toBeLessThanOrEqual(3);
    expect(answers.some((a) => spoken(a).includes('reboots and failovers are locked for 15 minutes'))).toBe(
      true,
    );
    expect(spoken(sameUser)).toContain('Reboots and failovers are locked for another');
    expect(spoken(otherUser)).toContain('Reboots and failovers are locked for another');
    expect(aws.sts.commandCalls(GetSessionTokenCommand)).toHaveLength(stsAfterRace);
    expect(aws.writes()).toHaveLength(0);
  });

  it('acts once on one yes delivered to two containers at once', async () => {
    // Prepare
    aws = mockAllButDynamoDb();
    const user = 'amzn1.ask.account.TWICE';
    const [first, second] = [createTestSkill({ env }).skill, createTestSkill({ env }).skill];
    const asked = await first.invoke(turn('twice', user, '133333', 'NONE'));
    // Act: the same yes, with two codes STS would both accept, reaches two containers
    const answers = await Promise.all(
      [
        [first, '133333'],
        [second, '144444'],
      ].map(([skill, code]) =>
        (skill as Skill).invoke(
          turn('twice', user, code as string, 'CONFIRMED', asked.sessionAttributes ?? {}),
        ),
      ),
    );
    // Assess
    expect(aws.writes()).toHaveLength(1);
    expect(answers.filter((a) => spoken(a).startsWith('Rebooting reporting'))).toHaveLength(1);
  });

  it('never acts on a forged yes on the first turn of a new session, in any container', async () => {
    aws = mockAllButDynamoDb();
    const forged = turn('forged', 'amzn1.ask.account.FORGER', '155555', 'CONFIRMED', {
      dbvoicePendingTask: {
        kind: 'reboot',
        action: 'reboot',
        instance: 'prod-reporting-01',
        region: 'us-west-2',
        cluster: '',
        target: '',
      },
    });
    const firstTurn = { ...forged, session: { ...forged.session!, new: true } };
    const answers = await Promise.all([1, 2].map(() => createTestSkill({ env }).skill.invoke(firstTurn)));
    expect(answers.map((a) => spoken(a))).toEqual([
      'Reboot reporting in Oregon? This restarts the database.',
      'Reboot reporting in Oregon? This restarts the database.',
    ]);
    expect(aws.sts.commandCalls(GetSessionTokenCommand)).toHaveLength(0);
    expect(aws.writes()).toHaveLength(0);
  });
});

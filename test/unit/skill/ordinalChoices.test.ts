import type { ResponseEnvelope } from 'ask-sdk-model';
import { afterEach, describe, expect, it } from 'vitest';
import { chosenAmong } from '../../../src/skill/intents/answers/chosenAmong.js';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createTestSkill } from '../../helpers/testSkill.js';

let rds: ReturnType<typeof mockFleet> | undefined;
afterEach(() => rds?.restore());

const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' };
const STATUS = { value: 'status', id: 'status' };
const fleet = {
  'us-west-2': [
    dbInstance({ identifier: 'ledger-db-1', name: 'ledger' }),
    dbInstance({ identifier: 'ledger-dr-1', name: 'ledger-dr' }),
    dbInstance({ identifier: 'hr-west', name: 'hr' }),
  ],
  'us-east-1': [dbInstance({ identifier: 'hr-east', name: 'hr', region: 'us-east-1' })],
};

/** The same conversation's next request: the session attributes the last answer returned. */
function next(response: ResponseEnvelope, locale = 'en-US') {
  return { newSession: false, attributes: response.sessionAttributes ?? {}, locale };
}

async function askLedgr(locale = 'en-US') {
  const { skill } = createTestSkill();
  const question = await skill.invoke(
    intentRequest(
      'CheckInstanceProperty',
      { property: STATUS, instance: { value: 'ledgr' }, region: OREGON },
      { locale },
    ),
  );
  return { skill, question };
}

describe('Handler: "the second one" to a question that offered choices', () => {
  it.each([
    ['the first one', 'ledger in Oregon'],
    ['the second one', 'ledger-dr in Oregon'],
    ['the last one', 'ledger-dr in Oregon'],
    ['second', 'ledger-dr in Oregon'],
  ])('answers "%s" to "Which one: ledger or ledger-dr?" about %s', async (said, about) => {
    // Prepare
    rds = mockFleet(fleet);
    const { skill, question } = await askLedgr();
    const which = await skill.invoke(intentRequest('AMAZON.YesIntent', {}, next(question)));
    // Act: Alexa was listening for the instance, and heard the ordinal in it.
    const answer = await skill.invoke(
      intentRequest(
        'CheckInstanceProperty',
        { property: STATUS, instance: { value: said }, region: OREGON },
        next(which),
      ),
    );
    // Assess
    expect(spoken(which)).toBe('Which one: ledger or ledger-dr?');
    expect(spoken(answer)).toContain(about);
    expect(spoken(answer)).not.toMatch(/couldn't find/);
  });

  it('answers an ordinal said straight to "Did you mean ledger or ledger-dr?"', async () => {
    rds = mockFleet(fleet);
    const { skill, question } = await askLedgr();
    const answer = await skill.invoke(
      intentRequest(
        'CheckInstanceProperty',
        { property: STATUS, instance: { value: 'the second one' }, region: OREGON },
        next(question),
      ),
    );
    expect(spoken(answer)).toContain('ledger-dr in Oregon');
  });

  it('takes the Region offered second for "the second one" to "Which Region do you mean?"', async () => {
    // Prepare: hr is in two Regions, so the skill asks which
    rds = mockFleet(fleet);
    const { skill } = createTestSkill();
    const question = await skill.invoke(
      intentRequest('CheckInstanceProperty', { property: STATUS, instance: { value: 'hr' } }),
    );
    // Act: the Region slot heard "second" (the model's "the {region} one"), matching no Region
    const answer = await skill.invoke(
      intentRequest(
        'CheckInstanceProperty',
        { property: STATUS, instance: { value: 'hr' }, region: { value: 'second', type: 'REGION' } },
        next(question),
      ),
    );
    // Assess
    expect(spoken(question)).toBe('I found hr in Oregon and North Virginia. Which Region do you mean?');
    expect(spoken(answer)).toContain('hr in North Virginia');
  });

  it('answers 「後の方」 and 「1つ目」 in Japanese', async () => {
    rds = mockFleet(fleet);
    const { skill, question } = await askLedgr('ja-JP');
    const latter = await skill.invoke(
      intentRequest(
        'CheckInstanceProperty',
        { property: STATUS, instance: { value: '後の方' }, region: OREGON },
        next(question, 'ja-JP'),
      ),
    );
    const again = await askLedgr('ja-JP');
    const first = await again.skill.invoke(
      intentRequest(
        'CheckInstanceProperty',
        { property: STATUS, instance: { value: '1つ目' }, region: OREGON },
        next(again.question, 'ja-JP'),
      ),
    );
    expect(spoken(latter)).toMatch(/ledger-dr|レジャー/);
    expect(spoken(latter)).not.toMatch(/見つかりません/);
    expect(spoken(first)).not.toMatch(/見つかりません/);
    expect(spoken(first)).not.toMatch(/ledger-dr/);
  });

  it('looks a chosen name up again: a choice forged into the session is not found, not trusted', async () => {
    // Prepare
    rds = mockFleet(fleet);
    const { skill } = createTestSkill();
    const forged = {
      dbvoiceQuestion: {
        kind: 'suggestion',
        slot: 'instance',
        suggestions: ['payroll-secret', 'ledger'],
        intent: {
          name: 'CheckInstanceProperty',
          confirmationStatus: 'NONE',
          slots: {
            property: { name: 'property', value: 'status' },
            region: { name: 'region', value: 'oregon' },
          },
        },
      },
    };
    // Act
    const answer = await skill.invoke(
      intentRequest(
        'CheckInstanceProperty',
        { property: STATUS, instance: { value: 'the first one' }, region: OREGON },
        { newSession: false, attributes: forged },
      ),
    );
    // Assess
    expect(spoken(answer)).toMatch(/^I couldn't find an instance called payroll-secret in Oregon/);
  });
});

describe('chosenAmong', () => {
  const two = ['a', 'b'] as const;
  it.each([
    ['the first one', 'a'],
    ['first', 'a'],
    ['the 2nd one', 'b'],
    ['the latter', 'b'],
    ['the last one please', 'b'],
    ['最初', 'a'],
    ['最初のほうです', 'a'],
    ['前の方', 'a'],
    ['2番目', 'b'],
    ['二つ目', 'b'],
    ['後の方', 'b'],
    ['あとのほう', 'b'],
    ['2', 'b'],
  ])('reads "%s" as %s', (heard, expected) => {
    expect(chosenAmong(heard, two)).toBe(expected);
  });

  it.each([['the third one'], ['ledger'], ['one'], ['3番目'], ['']])(
    'reads "%s" as no choice among two',
    (heard) => {
      expect(chosenAmong(heard, two)).toBeUndefined();
    },
  );
});

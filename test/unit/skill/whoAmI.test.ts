import { spawnSync } from 'node:child_process';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { ResponseEnvelope, ui } from 'ask-sdk-model';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { allowListCommand } from '../../../src/skill/domain/access/allowListCommand.js';
import { intentRequest, spoken, TEST_USER_ID } from '../../helpers/alexaRequests.js';
import { createTestSkill } from '../../helpers/testSkill.js';

const ssm = mockClient(SSMClient);
afterEach(() => ssm.reset());

const PERSON_ID = 'amzn1.ask.person.ALICEVOICE';
const ALLOW_LIST = { ALLOWED_USERS_PARAMETER: '/dbvoice/allowed-users' };

function card(response: ResponseEnvelope): ui.SimpleCard {
  return response.response.card as ui.SimpleCard;
}

/** Runs a card's command in bash against a stand-in `aws` that prints what put-parameter would store. */
function runCommand(command: string, current: string | undefined): string {
  const fake = `aws() { if [ "$2" = get-parameter ]; then ${current ? `echo '${current}'` : 'return 254'}; else shift 2; while [ "$1" != --value ]; do shift; done; echo "$2"; fi; }`;
  const result = spawnSync('bash', ['-c', `${fake}\n${command}`], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.trim();
}

describe('Handler: WhoAmI ("what is my user id")', () => {
  it('puts the user id and the command that allows it on the card, and never speaks the id', async () => {
    // Act
    const { skill } = createTestSkill();
    const response = await skill.invoke(intentRequest('WhoAmI'));

    // Assess
    expect(spoken(response)).toMatch(/on a card in the Alexa app/);
    expect(spoken(response)).not.toMatch(/amzn1|TESTUSER/);
    expect(card(response).title).toBe('Your Alexa ids');
    expect(card(response).content).toContain(TEST_USER_ID);
    expect(card(response).content).toContain(
      'aws ssm put-parameter --region us-west-2 --name /dbvoice/allowed-users --type StringList --overwrite',
    );
    expect(card(response).content).toMatch(/No person id/);
  });

  it('offers the voice (person id) as well when Alexa recognised it', async () => {
    const { skill } = createTestSkill();
    const response = await skill.invoke(intentRequest('WhoAmI', {}, { personId: PERSON_ID }));
    expect(card(response).content).toContain(`Person id (your recognised voice):\n${PERSON_ID}`);
    expect(card(response).content).toContain(`To allow your voice only, an administrator runs:\nCURRENT=`);
    expect(spoken(response)).not.toContain(PERSON_ID);
  });

  it('answers a speaker the allow-list refuses, without reading the list', async () => {
    // Prepare: an allow-list that does not hold the speaker.
    ssm.on(GetParameterCommand).resolves({ Parameter: { Value: 'amzn1.ask.account.SOMEONEELSE' } });
    const { skill } = createTestSkill({ env: ALLOW_LIST });

    // Act
    const whoAmI = await skill.invoke(intentRequest('WhoAmI'));
    const other = await skill.invoke(intentRequest('AMAZON.HelpIntent'));

    // Assess: the newcomer learns their id; everything else is still refused.
    expect(card(whoAmI).content).toContain(TEST_USER_ID);
    expect(spoken(other)).toMatch(/not authorised/);
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(1);
  });
});

describe('Function: allowListCommand', () => {
  const location = { parameter: '/dbvoice/allowed-users', region: 'eu-west-1' };

  it('appends the id to the list that is there', () => {
    const command = allowListCommand(location, 'amzn1.ask.account.NEW');
    expect(runCommand(command, 'amzn1.ask.account.OLD')).toBe('amzn1.ask.account.OLD,amzn1.ask.account.NEW');
  });

  it('starts the list with the id when there is none', () => {
    expect(runCommand(allowListCommand(location, PERSON_ID), undefined)).toBe(PERSON_ID);
  });

  it('passes shellcheck', () => {
    const result = spawnSync('shellcheck', ['--shell=bash', '-'], {
      input: `${allowListCommand(location, PERSON_ID)}\n`,
      encoding: 'utf8',
    });
    if (result.error && process.env.CI !== 'true') return; // shellcheck missing locally: the docs test says so
    expect(result.stdout).toBe('');
  });

  it('refuses anything that is not an Alexa id, so nothing else reaches the command', () => {
    expect(() => allowListCommand(location, 'amzn1.ask.account.X"; rm -rf ~; echo "')).toThrow(
      /not an Alexa/,
    );
    expect(() => allowListCommand(location, '')).toThrow(/not an Alexa/);
  });
});

import type { RequestEnvelope } from 'ask-sdk-model';
import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, launchRequest, sessionEndedRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createTestSkill } from '../../helpers/testSkill.js';

let rds: ReturnType<typeof mockFleet> | undefined;
afterEach(() => rds?.restore());

describe('Handler: LaunchRequest', () => {
  it('welcomes, keeps the session open and calls only DescribeDBInstances, once per managed Region, for the names', async () => {
    rds = mockFleet({});
    const { skill } = createTestSkill();
    const response = await skill.invoke(launchRequest());
    expect(spoken(response)).toMatch(/^Welcome to database fleet\./);
    expect(response.response.shouldEndSession).toBe(false);
    expect(response.response.reprompt).toBeDefined();
    const described = await Promise.all(
      rds.calls().map(async (call) => [call.args[0].constructor.name, await call.thisValue.config.region()]),
    );
    expect(described.sort()).toEqual([
      ['DescribeDBInstancesCommand', 'us-east-1'],
      ['DescribeDBInstancesCommand', 'us-west-2'],
    ]);
  });

  it('refuses a request from another skill before any handler runs', async () => {
    rds = mockFleet({});
    const { skill } = createTestSkill();
    await expect(skill.invoke(launchRequest({ skillId: 'amzn1.ask.skill.someone-else' }))).rejects.toThrow(
      'ID verification failed',
    );
    expect(rds.calls()).toHaveLength(0);
  });
});

/** A fleet without the demo's names or Regions: ledger and inventory-api in Frankfurt, crm in Sydney. */
const FRANKFURT_SYDNEY = { DBVOICE_REGIONS: 'eu-central-1,ap-southeast-2', AWS_REGION: 'eu-central-1' };
function frankfurtSydney() {
  return mockFleet({
    'eu-central-1': [
      dbInstance({ identifier: 'ledger-db', name: 'ledger', region: 'eu-central-1' }),
      dbInstance({
        identifier: 'inventory-api-db',
        name: 'inventory-api',
        region: 'eu-central-1',
        extra: {
          TagList: [
            { Key: 'instance', Value: 'inventory-api' },
            { Key: 'instance-ja', Value: 'インベントリAPI' },
          ],
        },
      }),
    ],
    'ap-southeast-2': [dbInstance({ identifier: 'crm-db', name: 'crm', region: 'ap-southeast-2' })],
  });
}

function launchIn(locale: string): RequestEnvelope {
  const launch = launchRequest();
  return { ...launch, request: { ...launch.request, locale } };
}

/** The text a reprompt says. */
function outputText(reprompt: { outputSpeech?: { ssml?: string; text?: string } } | undefined): string {
  return spoken({ response: { outputSpeech: { type: 'SSML', ...reprompt?.outputSpeech } } });
}

describe('Handler: AMAZON.HelpIntent on a fleet of its own', () => {
  it("names one of the fleet's instances and Regions after the welcome loaded them, never the demo's", async () => {
    // Prepare
    rds = frankfurtSydney();
    const { skill } = createTestSkill({ env: FRANKFURT_SYDNEY });
    // Act
    const welcome = await skill.invoke(launchRequest());
    const calls = rds.calls().length;
    const help = spoken(await skill.invoke(intentRequest('AMAZON.HelpIntent', {}, { newSession: false })));
    // Assess
    expect(outputText(welcome.response.reprompt)).toBe('For example, say: how is the fleet?');
    expect(help).toContain('how many instances in Frankfurt');
    expect(help).toContain("what's the CPU on inventory-api");
    expect(help).not.toMatch(/Oregon|reporting/);
    expect(rds.calls()).toHaveLength(calls);
  });

  it.each([
    ['en-AU', 'Sydney'],
    ['en-IN', 'Mumbai'],
    ['en-CA', 'Canada Central'],
  ])('suggests a Region the fleet has in %s, not %s', async (locale, absent) => {
    rds = frankfurtSydney();
    const { skill } = createTestSkill({ env: FRANKFURT_SYDNEY });
    const welcome = await skill.invoke(launchIn(locale));
    const help = spoken(
      await skill.invoke(intentRequest('AMAZON.HelpIntent', {}, { newSession: false, locale })),
    );
    expect(help).toContain('how many instances in Frankfurt');
    expect(help).not.toContain(absent);
    expect(outputText(welcome.response.reprompt)).not.toContain(absent);
  });

  it("says the instance's Japanese reading and the Region's Japanese name in ja-JP", async () => {
    rds = frankfurtSydney();
    const { skill } = createTestSkill({ env: FRANKFURT_SYDNEY });
    await skill.invoke(launchIn('ja-JP'));
    const help = spoken(
      await skill.invoke(intentRequest('AMAZON.HelpIntent', {}, { newSession: false, locale: 'ja-JP' })),
    );
    expect(help).toContain('「インベントリAPIのCPU使用率」');
    expect(help).toContain('フランクフルトにあるインスタンスの数');
    expect(help).not.toMatch(/オレゴン|レポーティング/);
  });

  it('keeps the generic examples when the container holds no inventory, making no AWS call', async () => {
    rds = frankfurtSydney();
    const { skill } = createTestSkill({ env: FRANKFURT_SYDNEY });
    const help = spoken(await skill.invoke(intentRequest('AMAZON.HelpIntent', {}, { newSession: false })));
    expect(help).toContain('how many instances in Oregon');
    expect(rds.calls()).toHaveLength(0);
  });
});

describe('Handler: built-in intents', () => {
  it('helps with example questions and keeps listening', async () => {
    const { skill } = createTestSkill();
    const response = await skill.invoke(intentRequest('AMAZON.HelpIntent'));
    expect(spoken(response)).toContain('how many instances in Oregon');
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('names every question, check and task in help, in about seventy words, and points to help from the welcome', async () => {
    const { skill } = createTestSkill();
    const help = spoken(await skill.invoke(intentRequest('AMAZON.HelpIntent')));
    const welcome = spoken(await skill.invoke(launchRequest()));

    expect(help.split(/\s+/).length).toBeLessThanOrEqual(75);
    for (const phrase of [
      'how is the fleet',
      'busiest instance',
      'maintenance',
      'database users',
      'connect',
      'tablespace',
      'top session',
      'parameter',
      'log',
      'reboot',
      'fail over',
      'MFA code',
      'notifications',
    ]) {
      expect(help).toContain(phrase);
    }
    expect(welcome.split(/\s+/).length).toBeLessThanOrEqual(40);
    expect(welcome).toContain('Say help for more');
  });

  it.each(['AMAZON.StopIntent', 'AMAZON.CancelIntent'])(
    'says goodbye and ends the session on %s',
    async (name) => {
      const { skill } = createTestSkill();
      const response = await skill.invoke(intentRequest(name, {}, { newSession: false }));
      expect(spoken(response)).toBe('Goodbye.');
      expect(response.response.shouldEndSession).toBe(true);
    },
  );

  it('starts over on NavigateHome', async () => {
    const { skill } = createTestSkill();
    const response = await skill.invoke(intentRequest('AMAZON.NavigateHomeIntent'));
    expect(spoken(response)).toMatch(/^Welcome to database fleet\./);
  });

  it('explains what it can do on Fallback', async () => {
    const { skill } = createTestSkill();
    const response = await skill.invoke(intentRequest('AMAZON.FallbackIntent'));
    expect(spoken(response)).toMatch(/^Sorry, database fleet can't help with that\./);
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('answers an intent it does not know with the fallback words', async () => {
    const { skill } = createTestSkill();
    const response = await skill.invoke(intentRequest('SomethingElseIntent'));
    expect(spoken(response)).toMatch(/^Sorry, database fleet can't help with that\./);
  });

  it('ends quietly on SessionEndedRequest and logs an error reason', async () => {
    const { skill, logLines } = createTestSkill();
    const response = await skill.invoke(sessionEndedRequest('ERROR'));
    expect(response.response.outputSpeech).toBeUndefined();
    expect(
      logLines.some(
        (line) => line.includes('Session ended with an error') && line.includes('INVALID_RESPONSE'),
      ),
    ).toBe(true);
  });
});

describe('Skill: conversation behaviour', () => {
  it('ends a one-shot question but keeps a conversation going', async () => {
    rds = mockFleet({ 'us-west-2': [] });
    const { skill } = createTestSkill();
    const region = { region: { value: 'oregon', id: 'us-west-2', type: 'REGION' } };
    const oneShot = await skill.invoke(intentRequest('NumberOfInstances', region, { newSession: true }));
    const inConversation = await skill.invoke(
      intentRequest('NumberOfInstances', region, { newSession: false }),
    );
    expect(oneShot.response.shouldEndSession).toBe(true);
    expect(inConversation.response.shouldEndSession).toBe(false);
    expect(inConversation.response.reprompt).toBeDefined();
  });

  it('refuses an event that is not an Alexa request, changing nothing', async () => {
    rds = mockFleet({});
    const { skill } = createTestSkill();
    await expect(skill.invoke({ hello: 'world' })).rejects.toThrow('Not an Alexa request envelope');
    await expect(skill.invoke(null)).rejects.toThrow('Not an Alexa request envelope');
    expect(rds.calls()).toHaveLength(0);
  });

  // The AWS call list in this line comes from client middleware, which aws-sdk-client-mock bypasses; the
  // emulator integration tests assert it over real HTTP.
  it('logs one structured line per request with intent and duration, but no slot transcript', async () => {
    rds = mockFleet({ 'us-west-2': [] });
    const { skill, logLines } = createTestSkill();
    await skill.invoke(
      intentRequest('NumberOfInstances', { region: { value: 'oregon', id: 'us-west-2', type: 'REGION' } }),
    );
    const line = logLines.map((l) => JSON.parse(l)).find((entry) => entry.message === 'Request answered');
    expect(line).toMatchObject({
      intent: 'NumberOfInstances',
      region: 'us-west-2',
      requestId: 'req-NumberOfInstances',
    });
    expect(Array.isArray(line.awsCalls)).toBe(true);
    expect(typeof line.durationMs).toBe('number');
    expect(logLines.join('\n')).not.toContain('"oregon"');
  });
});

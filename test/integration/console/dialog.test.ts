import { describe, expect, it } from 'vitest';
import { exampleUtterances } from '../../../src/local/console/exampleUtterances.js';
import { ENGLISH_LOCALES, EXPECTED } from './englishLocales.js';
import { useTestStack } from './startTestStack.js';

const GENERIC_ERROR = /something went wrong/i;

describe('Console: sessions, built-in intents and the banner examples (bundled skill, demo fleet)', () => {
  const local = useTestStack({ resetBeforeEach: false });

  describe.each(ENGLISH_LOCALES)('in %s', (locale) => {
    it('opens a session with the invocation name, helps, and says goodbye on stop', async () => {
      // Prepare
      const session = local.stack.newSession({ locale });

      // Act
      const launch = await session.say('open database fleet');
      const help = await session.say('help');
      const stop = await session.say('stop');

      // Assess
      expect(launch.exchanges[0]?.request.request.type).toBe('LaunchRequest');
      expect(launch.speech).toMatch(/^Welcome to database fleet\./);
      expect(launch.sessionEnded).toBe(false);
      expect(help.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'AMAZON.HelpIntent' } });
      expect(help.speech).toMatch(/^You can ask me about your database fleet\./);
      expect(help.speech).toContain(`Try: how many instances in ${EXPECTED[locale].helpRegion},`);
      expect(help.exchanges[0]?.request.request.locale).toBe(locale);
      expect(help.sessionEnded).toBe(false);
      expect(stop.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'AMAZON.StopIntent' } });
      expect(stop.speech).toBe('Goodbye.');
      expect(stop.sessionEnded).toBe(true);
      // Help and stop need no AWS; a cold launch describes each managed Region once, for dynamic entities.
      const awsCalls = (turn: typeof launch) =>
        turn.calls
          .filter((call) => call.service !== 'dynamodb' && call.service !== 'ssm')
          .map((call) => `${call.operation} ${call.region}`)
          .sort();
      expect(awsCalls(help)).toEqual([]);
      expect(awsCalls(stop)).toEqual([]);
      expect(awsCalls(launch)).toEqual([
        'DescribeDBInstances eu-west-1',
        'DescribeDBInstances us-east-1',
        'DescribeDBInstances us-west-2',
      ]);
    });

    it('sends what the model does not cover to the fallback intent and keeps the session open', async () => {
      // Act
      const turn = await local.stack.newSession({ locale }).say("what's the weather like in Paris");

      // Assess
      expect(turn.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'AMAZON.FallbackIntent' } });
      expect(turn.speech).toMatch(/can't help with that/);
      expect(turn.sessionEnded).toBe(false);
      expect(turn.calls.filter((call) => call.service === 'rds')).toEqual([]);
    });

    it('answers every example the console banner suggests for the demo fleet', async () => {
      // Prepare
      const examples = exampleUtterances(local.stack.fleet);
      expect(examples).toHaveLength(5);

      for (const example of examples) {
        // Act
        const turn = await local.stack.newSession({ locale }).say(example);

        // Assess
        const intent = turn.exchanges[0]?.request.request;
        expect(intent?.type, example).toBe('IntentRequest');
        expect(intent?.type === 'IntentRequest' ? intent.intent.name : '', example).not.toBe(
          'AMAZON.FallbackIntent',
        );
        expect(turn.error, example).toBeUndefined();
        expect(turn.warnings, example).toEqual([]);
        expect(turn.speech ?? '', example).not.toMatch(GENERIC_ERROR);
        expect(turn.sessionEnded, `${example} should get a final answer, not a question`).toBe(true);
      }
    });
  });

  it('serves a fresh emulator and a cold skill after a reset', async () => {
    // Prepare
    await local.stack.newSession().say('how many instances in Oregon');
    expect(local.stack.emulator.state.calls.length).toBeGreaterThan(0);

    // Act
    await local.stack.reset();
    const turn = await local.stack.newSession().say('how many instances in Ireland');

    // Assess
    expect(turn.speech).toBe('You have 3 instances in Ireland.');
    expect(local.stack.emulator.state.calls.map((call) => call.seq)).toEqual(
      turn.calls.map((call) => call.seq),
    );
  });
});

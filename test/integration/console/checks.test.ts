import { describe, expect, it } from 'vitest';
import { ENGLISH_LOCALES, EXPECTED } from './englishLocales.js';
import { countCalls, regionsCalled, useTestStack } from './startTestStack.js';

const ALL_REGIONS = ['eu-west-1', 'us-east-1', 'us-west-2'];

describe('Console: health and property conversations (bundled skill, demo fleet, emulator over HTTP)', () => {
  const local = useTestStack({ resetBeforeEach: false });

  describe.each(ENGLISH_LOCALES)('in %s', (locale) => {
    it('finds an instance by its tag in every Region and says a property of it', async () => {
      // Act
      const turn = await local.stack.newSession({ locale }).say("what's the engine of payroll");

      // Assess
      expect(turn.exchanges[0]?.request.request).toMatchObject({
        locale,
        intent: { name: 'CheckInstanceProperty', slots: { instance: { value: 'payroll' } } },
      });
      expect(turn.speech).toBe('The engine of payroll in Oregon is SQL Server Standard Edition.');
      expect(turn.card).toMatchObject({ title: 'payroll: property' });
      expect(regionsCalled(turn.calls, 'DescribeDBInstances')).toEqual(ALL_REGIONS);
      expect(countCalls(turn.calls, 'ListTagsForResource')).toBe(0);
    });

    it('asks for the Region when the instance name exists in two, then answers for the one chosen', async () => {
      // Prepare
      const session = local.stack.newSession({ locale });

      // Act
      const question = await session.say("what's the engine of hr");
      const answer = await session.say('Ireland');

      // Assess
      expect(question.speech).toBe('I found hr in Oregon and Ireland. Which Region do you mean?');
      expect(question.sessionEnded).toBe(false);
      expect(question.exchanges[0]?.response.response.directives?.[0]).toMatchObject({
        type: 'Dialog.ElicitSlot',
        slotToElicit: 'region',
      });
      expect(answer.exchanges[0]?.request.request).toMatchObject({
        intent: {
          name: 'CheckInstanceProperty',
          slots: {
            instance: { value: 'hr' },
            region: {
              resolutions: { resolutionsPerAuthority: [{ values: [{ value: { id: 'eu-west-1' } }] }] },
            },
          },
        },
      });
      expect(answer.speech).toBe('The engine of hr in Ireland is Oracle Enterprise Edition.');
      // The answer needs Ireland's inventory only, once.
      expect(regionsCalled(answer.calls, 'DescribeDBInstances')).toEqual(['eu-west-1']);
    });

    it('reads a metric as it was thirty minutes ago with one GetMetricStatistics in the Region', async () => {
      // Act
      const turn = await local.stack
        .newSession({ locale })
        .say('what was the cpu on reporting thirty minutes ago');

      // Assess
      expect(turn.exchanges[0]?.request.request).toMatchObject({
        intent: {
          name: 'CheckInstanceMetric',
          slots: { ago: { value: 'PT30M' }, instance: { value: 'reporting' } },
        },
      });
      // The demo fleet's CPU series for reporting hovers around 87 percent.
      expect(turn.speech).toMatch(
        new RegExp(
          `^30 minutes ago, the ${EXPECTED[locale].cpu} of reporting in Oregon was \\d+(\\.\\d)? percent\\.$`,
        ),
      );
      expect(countCalls(turn.calls, 'GetMetricStatistics', 'us-west-2')).toBe(1);
      expect(countCalls(turn.calls, 'GetMetricStatistics')).toBe(1);
      expect(countCalls(turn.calls, 'ListTagsForResource')).toBe(0);
    });

    it('elicits the missing instance through the dialog model, then answers', async () => {
      // Prepare
      const session = local.stack.newSession({ locale });

      // Act
      const question = await session.say('check the cpu');
      const answer = await session.say('reporting');

      // Assess: Alexa asks from the dialog model, without calling the skill or AWS
      expect(question.spokenBy).toBe('alexa');
      expect(question.speech).toBe('Which instance?');
      expect(question.exchanges).toHaveLength(0);
      expect(question.calls).toHaveLength(0);
      expect(answer.exchanges[0]?.request.request).toMatchObject({
        dialogState: 'COMPLETED',
        intent: { name: 'CheckInstanceMetric', slots: { instance: { value: 'reporting' } } },
      });
      expect(answer.speech).toMatch(
        new RegExp(`^The ${EXPECTED[locale].cpu} of reporting in Oregon is \\d+(\\.\\d)? percent\\.$`),
      );
      expect(countCalls(answer.calls, 'GetMetricStatistics')).toBe(1);
    });

    it('lists the alarms firing for an instance with one DescribeAlarms', async () => {
      // Act
      const turn = await local.stack.newSession({ locale }).say('list alarms for reporting');

      // Assess
      expect(turn.speech).toBe(
        '2 alarms are firing for reporting in Oregon: prod-reporting-01-high-cpu and prod-reporting-01-connections.',
      );
      expect(turn.card).toMatchObject({ title: 'reporting: alarms' });
      expect(countCalls(turn.calls, 'DescribeAlarms', 'us-west-2')).toBe(1);
      expect(countCalls(turn.calls, 'DescribeAlarms')).toBe(1);
    });

    it('lists the recent events of an instance with one DescribeEvents in its Region', async () => {
      // Act
      const turn = await local.stack.newSession({ locale }).say('list events for shop');

      // Assess
      expect(turn.speech).toContain('shop in Ireland had 1 event in the last 24 hours');
      expect(turn.speech).toContain('15 minutes ago: DB instance restarted.');
      expect(countCalls(turn.calls, 'DescribeEvents', 'eu-west-1')).toBe(1);
      expect(countCalls(turn.calls, 'DescribeEvents')).toBe(1);
    });
  });
});

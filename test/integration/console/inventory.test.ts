import { describe, expect, it } from 'vitest';
import { ENGLISH_LOCALES, EXPECTED } from './englishLocales.js';
import { countCalls, regionsCalled, useTestStack } from './startTestStack.js';

const ALL_REGIONS = ['eu-west-1', 'us-east-1', 'us-west-2'];

describe('Console: inventory conversations (bundled skill, demo fleet, emulator over HTTP)', () => {
  const local = useTestStack({ resetBeforeEach: false });

  describe.each(ENGLISH_LOCALES)('in %s', (locale) => {
    it('counts the instances of one Region with one DescribeDBInstances there and nowhere else', async () => {
      // Act
      const turn = await local.stack.newSession({ locale }).say('how many instances in Oregon');

      // Assess
      expect(turn.error).toBeUndefined();
      expect(turn.exchanges[0]?.request.request).toMatchObject({
        type: 'IntentRequest',
        locale,
        intent: { name: 'NumberOfInstances' },
      });
      expect(turn.speech).toBe('You have 9 instances in Oregon.');
      expect(turn.card).toMatchObject({ type: 'Simple', content: 'You have 9 instances in Oregon.' });
      expect(regionsCalled(turn.calls, 'DescribeDBInstances')).toEqual(['us-west-2']);
      expect(countCalls(turn.calls, 'ListTagsForResource')).toBe(0);
      expect(turn.calls.every((call) => call.status === 200)).toBe(true);
    });

    it('counts every Region with exactly one DescribeDBInstances per Region', async () => {
      // Act
      const turn = await local.stack.newSession({ locale }).say('how many instances do we have');

      // Assess
      expect(turn.speech).toBe(
        `You have 17 instances across 3 Regions: 9 in Oregon, 5 in North Virginia${EXPECTED[locale].and} 3 in Ireland.`,
      );
      expect(regionsCalled(turn.calls, 'DescribeDBInstances')).toEqual(ALL_REGIONS);
      expect(countCalls(turn.calls, 'ListTagsForResource')).toBe(0);
    });

    it('lists the instances of a Region by their instance tag', async () => {
      // Act
      const turn = await local.stack.newSession({ locale }).say('list instances in Ireland');

      // Assess
      expect(turn.speech).toBe(
        `In Ireland you have 3 instances: blog-staging, hr${EXPECTED[locale].and} shop.`,
      );
      expect(turn.card).toMatchObject({ content: 'Ireland:\nblog-staging\nhr\nshop' });
      expect(regionsCalled(turn.calls, 'DescribeDBInstances')).toEqual(['eu-west-1']);
    });

    it('lists the applications of every Region from the same single inventory call per Region', async () => {
      // Act
      const turn = await local.stack.newSession({ locale }).say('list applications');

      // Assess
      expect(turn.speech).toContain('6 applications');
      expect(turn.speech).toContain(`blog, crm, hr, payroll, reporting${EXPECTED[locale].and} shop`);
      expect(regionsCalled(turn.calls, 'DescribeDBInstances')).toEqual(ALL_REGIONS);
      expect(countCalls(turn.calls, 'ListTagsForResource')).toBe(0);
    });

    it('lists the instances of an application Region by Region', async () => {
      // Act
      const turn = await local.stack.newSession({ locale }).say('list instances of application blog');

      // Assess
      expect(turn.exchanges[0]?.request.request).toMatchObject({
        intent: { name: 'ListInstancesForApplication', slots: { application: { value: 'blog' } } },
      });
      expect(turn.speech).toContain(`In Oregon: blog, blog-dev${EXPECTED[locale].and} blog-reader.`);
      expect(turn.speech).toContain('In Ireland: blog-staging.');
      expect(turn.card).toMatchObject({
        content: 'Oregon:\nblog\nblog-dev\nblog-reader\n\nIreland:\nblog-staging',
      });
      expect(regionsCalled(turn.calls, 'DescribeDBInstances')).toEqual(ALL_REGIONS);
      expect(countCalls(turn.calls, 'ListTagsForResource')).toBe(0);
    });
  });

  it('answers from the warm container cache with no inventory call at all', async () => {
    // Prepare: a container whose Region inventories stay cached for a minute, as deployed
    await local.stack.restartSkill({ INVENTORY_TTL_SECONDS: '60' });
    const session = local.stack.newSession();
    const cold = await session.say('how many instances in Oregon');

    // Act
    const warm = await session.say('list instances in Oregon');

    // Assess
    expect(countCalls(cold.calls, 'DescribeDBInstances')).toBe(1);
    expect(warm.speech).toMatch(/^In Oregon you have 9 instances: /);
    expect(countCalls(warm.calls, 'DescribeDBInstances')).toBe(0);
    await local.stack.restartSkill({ INVENTORY_TTL_SECONDS: '0.001' });
  });
});

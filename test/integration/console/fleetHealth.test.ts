import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../../src/local/console/startLocalStack.js';
import { countCalls, regionsCalled, startTestStack } from './startTestStack.js';

const ALL_REGIONS = ['eu-west-1', 'us-east-1', 'us-west-2'];

describe('Console: fleet health on the demo fleet (bundled skill, emulator over HTTP)', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('ranks what needs attention across every Region with one call of each kind per Region', async () => {
    // Act
    const turn = await stack.newSession().say('how is the fleet');

    // Assess
    expect(turn.error).toBeUndefined();
    expect(turn.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'FleetHealth' } });
    expect(turn.speech).toBe(
      [
        '6 things need attention in your 3 Regions.',
        'payroll in Oregon is nearly out of storage; alarm prod-payroll-01-low-storage is firing.',
        'reporting in Oregon has 2 alarms firing: prod-reporting-01-connections and prod-reporting-01-high-cpu.',
        'shop in Ireland restarted 15 minutes ago.',
        'payroll in Oregon failed over 35 minutes ago.',
        'analytics in Oregon is stopped.',
        'And 1 more on the card.',
      ].join(' '),
    );
    expect(turn.card).toMatchObject({
      title: 'Fleet health',
      content: expect.stringContaining(
        '• hr in Oregon has required maintenance: a system update, due in 3 days.',
      ),
    });
    for (const operation of [
      'DescribeDBInstances',
      'DescribeAlarms',
      'DescribePendingMaintenanceActions',
      'DescribeEvents',
    ]) {
      expect(regionsCalled(turn.calls, operation)).toEqual(ALL_REGIONS);
      expect(countCalls(turn.calls, operation)).toBe(3);
    }
    expect(turn.calls.every((call) => call.status === 200)).toBe(true);
  });

  it('answers "is anything wrong in Ireland" from Ireland alone', async () => {
    // Act
    const turn = await stack.newSession().say('is anything wrong in Ireland');

    // Assess
    expect(turn.speech).toBe('One thing needs attention in Ireland. shop restarted 15 minutes ago.');
    expect(regionsCalled(turn.calls, 'DescribeAlarms')).toEqual(['eu-west-1']);
  });

  it('says all clear plainly for production in North Virginia', async () => {
    // Act
    const turn = await stack.newSession().say('how is production doing in North Virginia');

    // Assess
    expect(turn.speech).toBe(
      'All clear in North Virginia: 3 production instances, none down or stopped, no alarms firing, no restarts in the last hour and no maintenance due this week.',
    );
  });

  it('names the alarms firing in Oregon by instance, newest first, with one DescribeAlarms', async () => {
    // Act
    const turn = await stack.newSession().say('any alarms firing in Oregon');

    // Assess
    expect(turn.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'FleetAlarms' } });
    expect(turn.speech).toBe(
      '3 alarms are firing in Oregon: on reporting, prod-reporting-01-high-cpu and prod-reporting-01-connections; on payroll, prod-payroll-01-low-storage.',
    );
    expect(countCalls(turn.calls, 'DescribeAlarms')).toBe(1);
  });
});

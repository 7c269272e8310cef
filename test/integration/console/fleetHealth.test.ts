import { describe, expect, it } from 'vitest';
import { countCalls, regionsCalled, useTestStack } from './startTestStack.js';

const ALL_REGIONS = ['eu-west-1', 'us-east-1', 'us-west-2'];

describe('Console: fleet health on the demo fleet (bundled skill, emulator over HTTP)', () => {
  const local = useTestStack({ resetBeforeEach: false });

  it('ranks what needs attention across every Region with one call of each kind per Region', async () => {
    // Act
    const turn = await local.stack.newSession().say('how is the fleet');

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
    const turn = await local.stack.newSession().say('is anything wrong in Ireland');

    // Assess
    expect(turn.speech).toBe('One thing needs attention in Ireland. shop restarted 15 minutes ago.');
    expect(regionsCalled(turn.calls, 'DescribeAlarms')).toEqual(['eu-west-1']);
  });

  it('says all clear plainly for production in North Virginia', async () => {
    // Act
    const turn = await local.stack.newSession().say('how is production doing in North Virginia');

    // Assess
    expect(turn.speech).toBe(
      'All clear in North Virginia: 3 production instances, none down or stopped, no alarms firing, no restarts in the last hour and no maintenance due this week.',
    );
  });

  it('names the alarms firing in Oregon by instance, newest first, with one DescribeAlarms', async () => {
    // Act
    const turn = await local.stack.newSession().say('any alarms firing in Oregon');

    // Assess
    expect(turn.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'FleetAlarms' } });
    expect(turn.speech).toBe(
      '3 alarms are firing in Oregon: on reporting, prod-reporting-01-high-cpu and prod-reporting-01-connections; on payroll, prod-payroll-01-low-storage.',
    );
    expect(countCalls(turn.calls, 'DescribeAlarms')).toBe(1);
  });

  it('names the busiest instance in Oregon from one GetMetricData, the top three by connections in production from one per Region', async () => {
    // Act
    const busiest = await local.stack.newSession().say("what's the busiest instance in Oregon");
    const top = await local.stack.newSession().say('top three instances by connections in production');

    // Assess: reporting's CPU and connections are pinned high in the demo fleet
    expect(busiest.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'BusiestInstances' } });
    expect(busiest.speech).toMatch(
      /^The busiest instance in Oregon by CPU utilization over the last 15 minutes is reporting at \d+(\.\d)? percent\.$/,
    );
    expect(countCalls(busiest.calls, 'GetMetricData', 'us-west-2')).toBe(1);
    expect(countCalls(busiest.calls, 'DescribeDBInstances')).toBe(1);
    expect(top.speech).toMatch(
      /^The top 3 production instances in your 3 Regions by number of connections over the last 15 minutes: reporting in Oregon at [\d.]+, \S+ in [A-Z][A-Za-z ]+ at [\d.]+, and \S+ in [A-Z][A-Za-z ]+ at [\d.]+\.$/,
    );
    expect(regionsCalled(top.calls, 'GetMetricData')).toEqual(ALL_REGIONS);
    expect(countCalls(top.calls, 'GetMetricData')).toBe(3);
    expect(top.calls.every((call) => call.status === 200)).toBe(true);
  });

  it('counts and lists by engine, Aurora under its family', async () => {
    // Act
    const mysql = await local.stack.newSession().say('how many MySQL instances are in Oregon');
    const postgres = await local.stack.newSession().say('list the PostgreSQL databases in production');

    // Assess
    expect(mysql.exchanges[0]?.request.request).toMatchObject({
      intent: { name: 'NumberOfInstances', slots: { engine: { value: expect.stringMatching(/mysql/i) } } },
    });
    expect(mysql.speech).toBe('You have 3 MySQL instances in Oregon.');
    expect(postgres.speech).toMatch(/^You have \d+ production PostgreSQL instances\./);
    expect(postgres.card?.type === 'Standard' || postgres.card?.type === 'Simple').toBe(true);
  });

  it('answers "any pending maintenance" with every pending action, one DescribePendingMaintenanceActions per Region', async () => {
    // Act
    const turn = await local.stack.newSession().say('any pending maintenance');

    // Assess
    expect(turn.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'PendingMaintenance' } });
    expect(turn.speech).toMatch(/hr in Oregon has required maintenance: a system update, due in 3 days\./);
    expect(regionsCalled(turn.calls, 'DescribePendingMaintenanceActions')).toEqual(ALL_REGIONS);
    expect(countCalls(turn.calls, 'DescribeAlarms')).toBe(0);
  });
});

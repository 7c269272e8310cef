import { describe, expect, it } from 'vitest';
import { countCalls, spokenCode, useTestStack } from './startTestStack.js';

/** The text of a simple card (an ask-sdk Card is a union; only the simple one is ever sent here). */
function cardText(card: unknown): string {
  return (card as { content?: string } | undefined)?.content ?? '';
}

describe('Console: answers corrected by asking the demo fleet (bundled skill, emulator over HTTP)', () => {
  const local = useTestStack({ resetBeforeEach: false });

  it('says the low point of free memory over the last hour, and says it is the lowest', async () => {
    // Act
    const turn = await local.stack
      .newSession()
      .say('what was the free memory of reporting over the last hour');

    // Assess
    expect(turn.exchanges[0]?.request.request).toMatchObject({
      intent: { name: 'CheckInstanceMetric', slots: { instance: { value: 'reporting' } } },
    });
    expect(turn.speech).toMatch(
      /^Over the last hour, the freeable memory of reporting in Oregon was lowest at [\d.]+ (giga|mega)bytes, with an average of [\d.]+ (giga|mega)bytes\.$/,
    );
    expect(countCalls(turn.calls, 'GetMetricStatistics')).toBe(1);
  });
  it('answers "is reporting encrypted" and says its maintenance window in UTC and in Oregon time', async () => {
    // Act
    const encrypted = await local.stack.newSession().say('is reporting encrypted');
    const maintenance = await local.stack.newSession().say('when is the maintenance window of reporting');
    const backup = await local.stack.newSession().say("what's the backup window of reporting");

    // Assess
    expect(encrypted.exchanges[0]?.request.request).toMatchObject({
      intent: { name: 'CheckInstanceProperty', slots: { instance: { value: 'reporting' } } },
    });
    expect(encrypted.speech).toMatch(
      // The emulator encrypts by default with a key it names by its id (no alias): the ARN's last part.
      /^The storage encryption of reporting in Oregon is enabled, with the K\. M\. S\. key [0-9a-f]{8}-dbvoice\.$/,
    );
    // The emulator serves RDS's default-looking windows: maintenance sun:08:00-sun:08:30, backup 07:00-07:30.
    expect(maintenance.speech).toMatch(
      /^The maintenance window of reporting in Oregon is Sundays at 8 a\.m\. U\. T\. C\., that's (midnight|1 a\.m\.) Sunday in Oregon\.$/,
    );
    expect(backup.speech).toMatch(
      /^The backup window of reporting in Oregon is daily at 7 a\.m\. U\. T\. C\., that's (11 p\.m\.|midnight) in Oregon\.$/,
    );
    expect(countCalls(backup.calls, 'DescribeDBInstances')).toBe(3);
  });

  it('says the CA certificate of reporting and when it expires', async () => {
    // Act
    const ca = await local.stack.newSession().say("what's the ca certificate of reporting");
    const expiry = await local.stack.newSession().say('certificate expiry of reporting');

    // Assess
    expect(ca.speech).toBe('The C. A. certificate of reporting in Oregon is rds-ca-rsa2048-g1.');
    expect(expiry.speech).toBe('The certificate expiry of reporting in Oregon is May 20, 2061.');
  });
  it('says engine versions as people name them, and keeps the exact string on the card', async () => {
    // Act
    const payroll = await local.stack.newSession().say("what's the engine version of payroll");
    const blog = await local.stack.newSession().say("what's the engine version of blog");

    // Assess
    expect(payroll.speech).toBe('The engine version of payroll in Oregon is SQL Server 2019.');
    expect(cardText(payroll.card)).toContain('15.00.');
    expect(blog.speech).toBe(
      'The engine version of blog in Oregon is Aurora MySQL 3.07.1, compatible with MySQL 8.0.36.',
    );
    expect(cardText(blog.card)).toContain('8.0.mysql_aurora.3.07.1');
  });
  it("lists the failover of blog's cluster among the events of blog, after failing it over", async () => {
    // Prepare: fail the cluster over through the skill, as a user would
    await local.stack.reset();
    const task = local.stack.newSession();
    await task.say('failover blog');
    await task.say(spokenCode(local.stack));
    const done = await task.say('yes');
    expect(countCalls(done.calls, 'FailoverDBCluster', 'us-west-2')).toBe(1);

    // Act
    const turn = await local.stack.newSession().say('list events for blog');

    // Assess
    expect(turn.speech).toMatch(
      /newest first\. (1|2) minutes? ago, on its cluster prod-blog-aurora: Started cross AZ failover to DB instance: prod-blog-02\./,
    );
    expect(countCalls(turn.calls, 'DescribeEvents', 'us-west-2')).toBe(2);
    await local.stack.reset();
  });
  it('refuses to fail over a single-AZ instance, or reboot a stopped one, before asking for the MFA code', async () => {
    // Prepare
    const failover = local.stack.newSession();
    const reboot = local.stack.newSession();

    // Act: the skill drives the task dialog (SKILL_RESPONSE), so it hears the request before any code prompt
    const failoverRefused = await failover.say('fail over reporting dev');
    const rebootRefused = await reboot.say('reboot analytics');

    // Assess
    expect(failoverRefused.speech).toBe(
      'reporting-dev in Oregon is a single A. Z. instance, and a failover needs Multi-A. Z. or an Aurora cluster. You can reboot it instead.',
    );
    expect(rebootRefused.speech).toBe(
      "analytics in Oregon is stopped, not available, so I can't reboot it now. Nothing was changed.",
    );
    for (const turn of [failoverRefused, rebootRefused]) {
      expect(turn.exchanges).toHaveLength(1);
      expect(turn.speech).not.toMatch(/code/i);
      expect(countCalls(turn.calls, 'GetSessionToken')).toBe(0);
      expect(countCalls(turn.calls, 'FailoverDBInstance')).toBe(0);
      expect(countCalls(turn.calls, 'RebootDBInstance')).toBe(0);
    }
  });
  it('counts the slow queries in the slow query log of the MySQL instance sales and says the slowest', async () => {
    // Act
    const turn = await local.stack.newSession().say('check the slow query log of sales');

    // Assess
    expect(turn.speech).toMatch(
      /^12 slow queries in the last 60 lines of the slow query log of sales in North Virginia\. The slowest took [\d.]+ seconds\./,
    );
    expect(countCalls(turn.calls, 'DownloadDBLogFilePortion', 'us-east-1')).toBe(1);
  });
});

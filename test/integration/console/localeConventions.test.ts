import { describe, expect, it } from 'vitest';
import { useTestStack } from './startTestStack.js';

/**
 * Dates and times of the same instance as each English locale's listeners write them: the certificate
 * expiry in their day-month order, the maintenance window on their clock (payroll's is Sunday 08:00 UTC,
 * midnight in Oregon).
 */
const CONVENTIONS: readonly [string, string, string][] = [
  ['en-US', 'May 20, 2061', "Sundays at 8 a.m. U. T. C., that's midnight Sunday in Oregon"],
  ['en-CA', 'May 20, 2061', "Sundays at 8 a.m. U. T. C., that's midnight Sunday in Oregon"],
  ['en-GB', '20 May 2061', "Sundays at 08:00 U. T. C., that's 00:00 Sunday in Oregon"],
  ['en-AU', '20 May 2061', "Sundays at 8 a.m. U. T. C., that's midnight Sunday in Oregon"],
  ['en-IN', '20 May 2061', "Sundays at 8 a.m. U. T. C., that's midnight Sunday in Oregon"],
];

/** What each locale's own phrasing (its template overlay) reaches, through the bundled skill. */
const OWN_PHRASING: readonly [string, string, string, RegExp][] = [
  [
    'en-GB',
    'how many databases have we got in Ireland',
    'NumberOfInstances',
    /^You have 3 instances in Ireland\.$/,
  ],
  [
    'en-GB',
    "what's the cpu like on reporting",
    'CheckInstanceMetric',
    /^The CPU utilisation of reporting in Oregon is /,
  ],
  ['en-AU', "how's the fleet going in Ireland", 'FleetHealth', /Ireland/],
  [
    'en-AU',
    'show us the databases in Ireland',
    'ListInstances',
    /^In Ireland you have 3 instances: blog-staging, hr and shop\.$/,
  ],
  ['en-IN', 'what all databases are there in Ireland', 'ListInstances', /^In Ireland you have 3 instances: /],
  [
    'en-IN',
    'kindly tell me the engine of payroll',
    'CheckInstanceProperty',
    /^The engine of payroll in Oregon is /,
  ],
  [
    'en-CA',
    "what's the licence model of payroll",
    'CheckInstanceProperty',
    /^The licence model of payroll in Oregon is /,
  ],
];

describe('Console: each English locale’s conventions and phrasing (bundled skill, demo fleet)', () => {
  const local = useTestStack({ resetBeforeEach: false });

  it.each(CONVENTIONS)('writes dates and times the %s way', async (locale, expiry, window) => {
    // Prepare
    const session = local.stack.newSession({ locale });

    // Act
    const certificate = await session.say("what's the certificate expiry of payroll");
    const maintenance = await session.say("what's the maintenance window of payroll");

    // Assess
    expect(certificate.speech).toBe(`The certificate expiry of payroll in Oregon is ${expiry}.`);
    expect(maintenance.speech).toBe(`The maintenance window of payroll in Oregon is ${window}.`);
  });

  it.each(OWN_PHRASING)('understands %s phrasing: "%s"', async (locale, utterance, intent, answer) => {
    // Act
    const turn = await local.stack.newSession({ locale }).say(utterance);

    // Assess
    expect(turn.exchanges[0]?.request.request).toMatchObject({ locale, intent: { name: intent } });
    expect(turn.speech).toMatch(answer);
  });
});

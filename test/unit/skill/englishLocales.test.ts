import { describe, expect, it } from 'vitest';
import { enAU } from '../../../src/skill/speech/locales/en-AU.js';
import { enCA } from '../../../src/skill/speech/locales/en-CA.js';
import { enGB } from '../../../src/skill/speech/locales/en-GB.js';
import { enIN } from '../../../src/skill/speech/locales/en-IN.js';
import { enUS } from '../../../src/skill/speech/locales/en-US.js';
import type { SpeechStrings } from '../../../src/skill/speech/SpeechStrings.js';
import { SPEECH_LOCALES, stringsFor } from '../../../src/skill/speech/stringsFor.js';

const ENGLISH: readonly [string, SpeechStrings][] = [
  ['en-US', enUS],
  ['en-GB', enGB],
  ['en-CA', enCA],
  ['en-AU', enAU],
  ['en-IN', enIN],
];

/** 20 May 2061, 15:30 UTC: day and month tell apart which comes first. */
const MAY_20 = new Date(Date.UTC(2061, 4, 20, 15, 30));

/** Every key path of a strings object: a variant must have the same sentences as the source. */
function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? keyPaths(inner, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('Speech: the English locales', () => {
  it.each(ENGLISH)('serves %s its own strings, with every sentence of en-US', (locale, strings) => {
    expect(stringsFor(locale)).toBe(strings);
    expect(strings.locale).toBe(locale);
    expect(keyPaths(strings).sort()).toEqual(keyPaths(enUS).sort());
  });

  it('answers a device in another English locale in en-US, and an unknown language in en-US', () => {
    expect(stringsFor('en-NZ')).toBe(enUS);
    expect(stringsFor('fr-FR')).toBe(enUS);
    expect(stringsFor(undefined)).toBe(enUS);
    expect(Object.keys(SPEECH_LOCALES)).toEqual(
      expect.arrayContaining(['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN']),
    );
  });

  it.each([
    ['en-US', enUS, 'May 20, 2061'],
    ['en-CA', enCA, 'May 20, 2061'],
    ['en-GB', enGB, '20 May 2061'],
    ['en-AU', enAU, '20 May 2061'],
    ['en-IN', enIN, '20 May 2061'],
  ])('writes a date in %s in its own day-month order', (_locale, strings, expected) => {
    expect(strings.property.date(MAY_20)).toBe(expected);
  });

  it('writes a date and time on the clock each locale keeps: 24-hour in en-GB, a.m./p.m. elsewhere', () => {
    expect(enGB.property.dateTime(MAY_20)).toBe('20 May 2061 at 15:30 U. T. C.');
    expect(enUS.property.dateTime(MAY_20)).toMatch(/^May 20, 2061 at 3:30\sPM U\. T\. C\.$/);
    expect(enAU.property.dateTime(MAY_20)).toMatch(/^20 May 2061 at 3:30\spm U\. T\. C\.$/);
    expect(enGB.screen.time(MAY_20)).toBe('15:30');
    expect(enUS.screen.time(MAY_20)).toMatch(/^3:30\sPM$/);
  });

  it('says a maintenance window on the locale clock, weekday names from Intl', () => {
    // Sunday 03:00 UTC is Saturday 20:00 in Oregon.
    const times = {
      weekly: true,
      utc: { day: 0, hour: 3, minute: 0 },
      local: { day: 6, hour: 20, minute: 0 },
    };

    expect(enUS.property.window(times, 'Oregon')).toBe(
      "Sundays at 3 a.m. U. T. C., that's 8 p.m. Saturday in Oregon",
    );
    expect(enGB.property.window(times, 'Oregon')).toBe(
      "Sundays at 03:00 U. T. C., that's 20:00 Saturday in Oregon",
    );
    expect(enIN.property.window({ weekly: false, utc: { day: 2, hour: 0, minute: 0 } }, 'Mumbai')).toBe(
      'daily at midnight U. T. C.',
    );
  });

  it('names the month of an Oracle release update through Intl', () => {
    const release = { kind: 'oracle', release: '19c', update: { year: 2024, month: 7 } } as const;

    expect(enGB.property.engineVersion(release)).toBe('19c, July 2024 release update');
  });

  it('spells the skill’s own words the local way, and never a name from the fleet', () => {
    expect(enUS.metric.name('CPUUtilization')).toBe('CPU utilization');
    expect(enGB.metric.name('CPUUtilization')).toBe('CPU utilisation');
    expect(enIN.metric.name('CPUUtilization')).toBe('CPU utilisation');
    expect(enCA.metric.name('CPUUtilization')).toBe('CPU utilization');
    expect(enCA.property.name('licenseModel')).toBe('licence model');
    expect(enAU.property.name('licenseModel')).toBe('licence model');
    expect(enGB.alarms.firing('hr', 'Ireland', ['hr-cpu-utilization-high'])).toBe(
      'One alarm is firing for hr in Ireland: hr-cpu-utilization-high.',
    );
  });

  it('groups digits and joins lists as each locale does', () => {
    const what = { one: 'instance', many: 'instances' };

    expect(enIN.inventory.count(123_456, what, 'Mumbai')).toBe('You have 1,23,456 instances in Mumbai.');
    expect(enUS.inventory.count(123_456, what, 'Oregon')).toBe('You have 123,456 instances in Oregon.');
    expect(enUS.inventory.list(what, 'Oregon', ['a', 'b', 'c'])).toBe(
      'In Oregon you have 3 instances: a, b, and c.',
    );
    expect(enGB.inventory.list(what, 'Ireland', ['a', 'b', 'c'])).toBe(
      'In Ireland you have 3 instances: a, b and c.',
    );
  });

  it.each(ENGLISH)('makes plurals through the locale’s plural rules in %s', (_locale, strings) => {
    expect(strings.alarms.firing('hr', 'Oregon', ['a'])).toMatch(/^One alarm is firing/);
    expect(strings.alarms.firing('hr', 'Oregon', ['a', 'b'])).toMatch(/^2 alarms are firing/);
    expect(strings.tasks.codeRejected(1)).toContain('try 1 more time.');
    expect(strings.tasks.codeRejected(2)).toContain('try 2 more times.');
    expect(strings.tasks.locked(60_000)).toContain('another 1 minute,');
    expect(strings.inventory.applications('Oregon', ['blog'], 2)).toBe(
      'There is 1 application in Oregon: blog. 2 instances have no application tag.',
    );
  });

  it('gives each locale an example Region its teams are likely to run in, for help on a fleet not yet read', () => {
    expect(enUS.help.speech).toContain('how many instances in Oregon');
    expect(enGB.help.speech).toContain('how many instances in Ireland');
    expect(enAU.help.speech).toContain('how many instances in Sydney');
    expect(enIN.help.speech).toContain('how many instances in Mumbai');
  });

  it('suggests from the welcome and the fallback only what every fleet answers, in every variant', () => {
    for (const strings of [enUS, enGB, enAU, enIN]) {
      expect(strings.launch.reprompt).toBe('For example, say: how is the fleet?');
      expect(strings.fallback.reprompt).toBe('Try: how is the fleet?');
    }
  });

  it('dates e-mails in the listener’s own order and clock, always in UTC', () => {
    expect(enUS.mail.askedAt(MAY_20)).toMatch(/^Asked on May 20, 2061 at 3:30:00\sPM UTC\.$/);
    expect(enGB.mail.askedAt(MAY_20)).toBe('Asked on 20 May 2061 at 15:30:00 UTC.');
    expect(enGB.mail.written(MAY_20)).toBe('on 20 May 2061 at 15:30:00 UTC');
    expect(enGB.mail.written(undefined)).toBe('at an unknown time');
    expect(enAU.mail.audit.time(MAY_20)).toMatch(/^20 May 2061 at 3:30:00\spm UTC$/);
    expect(enGB.mail.audit.who).toBe('Who (SHA-256 of the Alexa user id)');
  });
});

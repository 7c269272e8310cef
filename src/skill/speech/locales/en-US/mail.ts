import type { MailStrings } from '../../MailStrings.js';
import type { English } from './common.js';

/** The English words of the e-mails: dates and times in the variant's own order and clock. */
export function mailEnglish(en: English): MailStrings {
  const dateTime = new Intl.DateTimeFormat(en.locale, {
    dateStyle: 'long',
    timeStyle: 'medium',
    timeZone: 'UTC',
  });
  const when = (at: Date) => `${dateTime.format(at)} UTC`;
  return {
    askedAt: (at) => `Asked on ${when(at)}.`,
    written: (at) => (at === undefined ? 'at an unknown time' : `on ${when(at)}`),
    audit: {
      result: 'Result',
      action: 'Action',
      instance: 'Instance',
      cluster: 'Cluster',
      target: 'Target',
      region: 'Region',
      who: 'Who (SHA-256 of the Alexa user id)',
      voiceProfile: 'Voice profile (SHA-256)',
      at: 'At',
      time: when,
    },
  };
}

import { ENGLISH_AUDIT_LABELS } from '../../../domain/audit/englishAuditLabels.js';
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
    audit: { ...ENGLISH_AUDIT_LABELS, time: when },
  };
}

import type { MailStrings } from '../../MailStrings.js';
import { LOCALE } from './common.js';

const DATE_TIME = new Intl.DateTimeFormat(LOCALE, {
  dateStyle: 'long',
  timeStyle: 'medium',
  timeZone: 'UTC',
});

/** 「2026年12月6日 18:11:43（UTC）」: Japanese date order, 24-hour clock, the zone named. */
function when(at: Date): string {
  return `${DATE_TIME.format(at)}（UTC）`;
}

/** The Japanese words of the e-mails (answers, logs, audit records). */
export const mailJaJP: MailStrings = {
  askedAt: (at) => `質問日時：${when(at)}`,
  written: (at) => (at === undefined ? '不明' : when(at)),
  audit: {
    result: '結果',
    action: '操作',
    instance: 'インスタンス',
    cluster: 'クラスター',
    target: '対象',
    region: 'リージョン',
    who: '依頼者（AlexaユーザーIDのSHA-256）',
    voiceProfile: '音声プロファイル（SHA-256）',
    at: '日時',
    time: when,
  },
};

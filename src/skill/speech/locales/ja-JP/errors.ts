import type { AwsFailureReason } from '../../../../aws/AwsCallFailed.js';
import type { ErrorSectionStrings } from '../../SpeechStrings.js';
import { either, list } from './common.js';

const AWS_FAILURES: Record<AwsFailureReason, string> = {
  accessDenied:
    'その操作は許可されていません。AWSにアクセスを拒否されました。スキルの権限を管理者に確認してもらってください。',
  throttled: '今、AWSへのリクエストが制限されています。1分ほどしてからもう一度お試しください。',
  timedOut: 'AWSからの応答に時間がかかりすぎました。少ししてからもう一度お試しください。',
  unavailable: '今、AWSが応答していません。少ししてからもう一度お試しください。',
};

const MISSING: Record<AwsFailureReason, (region: string) => string> = {
  accessDenied: (region) => `${region}ではアクセスを拒否されました`,
  throttled: (region) => `${region}ではリクエストが制限されていました`,
  timedOut: (region) => `${region}は時間内に応答しませんでした`,
  unavailable: (region) => `${region}は応答しませんでした`,
};

/** The Japanese words of errors, of partial answers, of the questions asked back, and of slots. */
export const errorsJaJP: ErrorSectionStrings = {
  errors: {
    generic: 'すみません、こちらで問題が起きてお答えできませんでした。もう一度お試しください。',
    aws: (reason) => AWS_FAILURES[reason],
    regionUnknown: (spoken) =>
      `${spoken}というリージョンは知りません。「オレゴン」や「フランクフルト」のような名前か、「us-west-2」のようなコードでリージョンを言ってください。`,
    instanceNotFound: (spoken, regions, suggestions) =>
      `${list(regions)}には${spoken}というインスタンスが見つかりませんでした。` +
      (suggestions.length > 0 ? `${either(suggestions.slice(0, 5))}のことですか？` : ''),
    applicationNotFound: (spoken, regions, suggestions) =>
      `${list(regions)}には${spoken}というアプリケーションが見つかりませんでした。` +
      (suggestions.length > 0 ? `${either(suggestions)}のことですか？` : ''),
    slotMissing: (slot) => `どの${slot}のことか教えてください。${slot}を入れてもう一度聞いてください。`,
    slotValueUnknown: (slot, spoken) => `すみません、${spoken}という${slot}は知りません。`,
  },
  partial: {
    missing: (region, reason) => MISSING[reason](region),
    regionsAnswered: (missing) => `これは応答のあったリージョンの分です。${list(missing)}。`,
    listCutShort: (missing) => `一覧をすべては読めませんでした。${list(missing)}。`,
  },
  ask: {
    region: (instance, regions) => `${instance}は${list(regions)}にあります。どのリージョンのことですか？`,
    instance: 'どのインスタンスですか？',
  },
  slotNames: {
    region: 'リージョン',
    instance: 'インスタンス',
    application: 'アプリケーション',
    metric: 'メトリクス',
    property: 'プロパティ',
    logType: 'ログの種類',
    parameter: 'パラメータ',
    environment: '環境',
    engine: 'エンジン',
  },
};

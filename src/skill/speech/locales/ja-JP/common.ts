import { IntlMessageFormat } from 'intl-messageformat';
import { listToSpeech } from '../../listToSpeech.js';

export const LOCALE = 'ja-JP';

const NUMBERS = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const compiled = new Map<string, IntlMessageFormat>();

/** At most two decimals, grouped the Japanese way: 1,234.5. */
export function number(value: number): string {
  return NUMBERS.format(value);
}

/**
 * An ICU message in Japanese ("{count, plural, =0 {ありません} other {#台あります}}"): Japanese has no plural
 * forms, but zero often takes other words, and # formats the number for the locale. Compiled once per pattern.
 */
export function message(pattern: string, values: Record<string, string | number>): string {
  let format = compiled.get(pattern);
  if (!format) {
    format = new IntlMessageFormat(pattern, LOCALE);
    compiled.set(pattern, format);
  }
  return String(format.format(values));
}

/** A number with its counter: counted(3, '台') is "3台", counted(12, '件') "12件". */
export function counted(count: number, counter: string): string {
  return message('{count, number}{counter}', { count, counter });
}

/** 「A、B、C」, cut after 20 items with 「ほかN件」; the card and e-mail carry all of them. */
export function list(items: readonly string[]): string {
  return listToSpeech(items, LOCALE, (n) => `、ほか${counted(n, '件')}`);
}

/** 「AまたはB」: the choices of a question. */
export function either(items: readonly string[]): string {
  return new Intl.ListFormat(LOCALE, { style: 'long', type: 'disjunction' }).format(items);
}

/** RDS status ids as Japanese say them; an unknown id is read as written. */
const STATUS_WORDS: Readonly<Record<string, string>> = {
  available: '利用可能',
  'backing-up': 'バックアップ中',
  'configuring-enhanced-monitoring': '拡張モニタリングの設定中',
  'configuring-log-exports': 'ログエクスポートの設定中',
  converting: '変換中',
  creating: '作成中',
  deleting: '削除中',
  failed: '障害',
  'inaccessible-encryption-credentials': '暗号化キーにアクセスできない状態',
  'incompatible-network': 'ネットワーク非互換',
  'incompatible-option-group': 'オプショングループ非互換',
  'incompatible-parameters': 'パラメータ非互換',
  'incompatible-restore': '復元非互換',
  maintenance: 'メンテナンス中',
  modifying: '変更中',
  'moving-to-vpc': 'VPCへの移動中',
  rebooting: '再起動中',
  'resetting-master-credentials': 'マスター認証情報のリセット中',
  renaming: '名前の変更中',
  'restore-error': '復元エラー',
  starting: '起動中',
  stopped: '停止中',
  stopping: '停止処理中',
  'storage-full': 'ストレージ不足',
  'storage-optimization': 'ストレージ最適化中',
  upgrading: 'アップグレード中',
  unavailable: '利用不可',
  busy: '処理中',
  unknown: '不明',
};

/** "backing-up" -> 「バックアップ中」. */
export function statusWords(status: string): string {
  return STATUS_WORDS[status] ?? status.replace(/-/g, ' ');
}

/** Environment tag values the template knows, in Japanese; another tag value is said as written. */
const ENVIRONMENTS: Readonly<Record<string, string>> = {
  production: '本番',
  staging: 'ステージング',
  development: '開発',
  test: 'テスト',
  qa: 'QA',
  uat: 'UAT',
};

export function environmentWords(environment: string): string {
  return ENVIRONMENTS[environment.toLowerCase()] ?? environment;
}

/** Minutes, hours or days as people say a span: 「5分」「3時間」「2日」. */
export function span(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return counted(Math.max(1, minutes), '分');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return counted(hours, '時間');
  return counted(Math.round(hours / 24), '日');
}

import type { ScreenStrings } from '../../ScreenStrings.js';
import { UNIT_SYMBOLS, withUnitSymbol } from '../../unitSymbols.js';
import { counted, LOCALE, number, statusWords } from './common.js';
import { METRIC_NAMES } from './health.js';

/** Seconds in Japanese script; every other unit by its SI symbol. */
const UNITS: Readonly<Record<Parameters<ScreenStrings['unit']>[0], string>> = {
  ...UNIT_SYMBOLS,
  seconds: '秒',
  perSecond: '/秒',
  bytesPerSecond: 'B/秒',
  kilobytesPerSecond: 'KB/秒',
  megabytesPerSecond: 'MB/秒',
};

/** A list's noun and its counter: 「インスタンス」 are counted in 台, alarms and events in 件. */
const LIST_NOUNS = {
  instances: ['インスタンス', '台'],
  applications: ['アプリケーション', '個'],
  alarms: ['アラーム', '件'],
  events: ['イベント', '件'],
  issues: ['要対応', '件'],
  sessions: ['セッション', '件'],
} as const;

const TIME = new Intl.DateTimeFormat(LOCALE, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });

function metricTitle(metric: string): string {
  return (METRIC_NAMES as Readonly<Record<string, string>>)[metric] ?? metric;
}

/** The Japanese words of the screens. */
export const screenJaJP: ScreenStrings = {
  instanceTitle: (instance, region, regionName) => `${instance} · ${region}（${regionName}）`,
  statistic: (period) =>
    period % 3600 === 0
      ? `${counted(period / 3600, '時間')}ごとの平均`
      : `${counted(period / 60, '分')}ごとの平均`,
  unit: (unit) => UNITS[unit],
  axisValue: (value, unit) => withUnitSymbol(number(value), UNITS[unit]),
  time: (at) => TIME.format(at),
  timeZone: 'UTC',
  noData: 'この時間のデータはありません',
  threshold: (alarm, direction, value) =>
    `${alarm}：${value}${direction === 'above' ? 'を超えるとアラーム' : 'を下回るとアラーム'}`,
  listTitle: (kind, count) => `${LIST_NOUNS[kind][0]}（${counted(count, LIST_NOUNS[kind][1])}）`,
  listTitlePart: (kind, shown, total) => {
    const [noun, counter] = LIST_NOUNS[kind];
    return `${noun}（${counted(total, counter)}中、最初の${counted(shown, counter)}）`;
  },
  touchHint: (kind) =>
    kind === 'applications'
      ? 'アプリケーションをタッチするとインスタンスを表示します'
      : kind === 'instances'
        ? 'インスタンスをタッチすると状態を表示します'
        : '行をタッチするとそのインスタンスの状態を表示します',
  labels: { status: 'ステータス', region: 'リージョン', engine: 'エンジン' },
  issueStatus: (issue) => {
    switch (issue.kind) {
      case 'down':
      case 'unavailable':
        return statusWords(issue.status);
      case 'storage':
        return issue.freePercent === undefined ? 'ストレージ不足' : `空き${number(issue.freePercent)}%`;
      case 'alarms':
        return `アラーム${counted(issue.alarms.length, '件')}`;
      case 'restarted':
        return issue.what === 'failover' ? 'フェイルオーバー済み' : '再起動済み';
      case 'maintenance':
        return issue.required ? 'メンテナンス必須' : 'メンテナンス予定';
    }
  },
  sessionLabel: (id, user) => `セッション${id} · ${user}`,
  // The Japanese name speech uses; a metric it does not know is written as CloudWatch does.
  metricTitle,
  busiestTitle: (metric, minutes) => `${metricTitle(metric)}（${counted(minutes, '分')}間の平均）`,
  instanceCard: {
    labels: {
      status: 'ステータス',
      engine: 'エンジン',
      instanceClass: 'クラス',
      storage: 'ストレージ',
      availability: '可用性',
      endpoint: 'エンドポイント',
    },
    gigabytes: (n) => `${number(n)} GB`,
    multiAz: (on) => (on ? 'マルチAZ' : 'シングルAZ'),
  },
  connectCard: {
    labels: { connection: '接続', engine: 'エンジン', openMode: 'オープンモード', role: 'ロール' },
    connected: '踏み台サーバーから接続しました',
  },
  logCard: {
    labels: {
      file: 'ファイル',
      lines: '読んだ行数',
      errors: 'エラー',
      latest: '最新のエラー',
      slowQueries: 'スロークエリ',
      slowest: '最も遅いクエリ',
    },
  },
  totalLabel: 'すべてのデータベース',
  storageSubtitle: (instanceTitle, threshold) => `${instanceTitle} · しきい値${threshold}%`,
};

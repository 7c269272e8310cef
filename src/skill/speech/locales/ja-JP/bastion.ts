import type { CheckFailureReason } from '../../../domain/bastion/CheckFailureReason.js';
import type { CheckName } from '../../../domain/bastion/CheckName.js';
import type { LogTypeId, SessionMetricId } from '../../../domain/vocabulary.js';
import type { BastionStrings, Where } from '../../SpeechStrings.js';
import { roundForSpeech, scaleReading } from '../../scaleReading.js';
import { counted, list, number, statusWords } from './common.js';

const BYTE_WORDS: Record<string, string> = {
  bytes: 'バイト',
  kilobytes: 'キロバイト',
  megabytes: 'メガバイト',
  gigabytes: 'ギガバイト',
  terabytes: 'テラバイト',
};

/** 13421772800 -> 「12.5ギガバイト」. */
function size(bytes: number): string {
  const scaled = scaleReading({ value: bytes, unit: 'Bytes' });
  return `${number(roundForSpeech(scaled.value))}${BYTE_WORDS[scaled.unit] ?? 'バイト'}`;
}

/** Seconds as people say them: 「4.5秒」「12分」「3時間」. */
function duration(seconds: number): string {
  if (seconds < 1) return '1秒未満';
  if (seconds < 120) return `${number(roundForSpeech(seconds))}秒`;
  if (seconds < 2 * 3600) return counted(Math.round(seconds / 60), '分');
  if (seconds < 2 * 86_400) return counted(Math.round(seconds / 3600), '時間');
  return counted(Math.round(seconds / 86_400), '日');
}

/** Oracle's "sid,serial#" is read as 「123、シリアル4567」. */
function session(id: string): string {
  const [sid, serial] = id.split(',');
  return serial ? `${sid}、シリアル${serial}` : id;
}

/** 「オレゴンのreporting」. */
const at = ({ instance, region }: Where) => `${region}の${instance}`;

const LOG_NAMES: Record<LogTypeId, string> = {
  alert: 'アラートログ',
  error: 'エラーログ',
  slowquery: 'スロークエリログ',
  general: '一般ログ',
  postgresql: 'PostgreSQLログ',
  audit: '監査ログ',
  trace: 'トレースファイル',
  listener: 'リスナーログ',
  agent: 'SQL Serverエージェントログ',
};

const SESSION_METRICS: Record<SessionMetricId, string> = { cpu: 'CPU', memory: 'メモリ', dbtime: 'DB時間' };

const UNIT_WORDS: Record<string, string> = {
  B: 'バイト',
  kB: 'キロバイト',
  K: 'キロバイト',
  MB: 'メガバイト',
  M: 'メガバイト',
  GB: 'ギガバイト',
  G: 'ギガバイト',
  TB: 'テラバイト',
  T: 'テラバイト',
  ms: 'ミリ秒',
  us: 'マイクロ秒',
  s: '秒',
  min: '分',
  h: '時間',
  d: '日',
};

const lines = (n: number) => counted(n, '行');

/** The Japanese words of the bastion checks and CheckLog. */
export const bastionJaJP: BastionStrings = {
  checking: (where: Where) => `${at(where)}を確認しています。`,
  running: (where: Where, notifying: boolean) =>
    `${at(where)}のチェックはまだ実行中です。` +
    (notifying ? '終わったら結果をメールでお送りします。' : '1分ほどしてから、もう一度聞いてください。'),
  size,
  duration,

  connect: {
    reachable: (where: Where, engine: string, version: string, openMode: string, role: string | undefined) =>
      `${at(where)}に接続できました。${engine}${version ? ` ${version}` : ''}が動いています` +
      `${openMode ? `。オープンモードは${openMode}` : ''}` +
      `${role ? `、ロールは${role}` : ''}です。`.replace(/^です。$/, '。'),
  },

  storage: {
    tablespaceItem: (name: string, percent: number) => `${name}が${number(Math.round(percent))}パーセント`,
    tablespacesOver: (where: Where, threshold: number, items: readonly string[]) =>
      `${at(where)}で、使用率が${threshold}パーセントを超えているテーブルスペースが${counted(items.length, '個')}あります。${list(items)}です。`,
    tablespacesFine: (where: Where, threshold: number, fullest: string | undefined) =>
      `${at(where)}には、使用率が${threshold}パーセントを超えているテーブルスペースはありません。` +
      (fullest ? `最も使われているのは${fullest}です。` : ''),
    noRows: (where: Where) =>
      `${at(where)}では、測定できるデータベースやテーブルスペースが見つかりませんでした。`,
    databaseItem: (name: string, bytes: number) => `${name}が${size(bytes)}`,
    cardTablespace: (name: string, percent: number, usedBytes: number, maxBytes: number) =>
      `${name}：${number(percent)}%（${size(maxBytes)}中${size(usedBytes)}）`,
    cardDatabase: (name: string, bytes: number) => `${name}：${size(bytes)}`,
    databases: (
      where: Where,
      usedBytes: number,
      allocatedBytes: number | undefined,
      threshold: number,
      largest: readonly string[],
    ) => {
      const share = allocatedBytes ? (100 * usedBytes) / allocatedBytes : undefined;
      const usage =
        share === undefined
          ? `${at(where)}のデータベースは${size(usedBytes)}を使っています。`
          : `${at(where)}のデータベースは${size(usedBytes)}を使っていて、${size(allocatedBytes!)}のストレージの` +
            `${share < 1 ? '1パーセント未満' : `${number(Math.round(share))}パーセント`}です。` +
            (share >= threshold ? `しきい値の${threshold}パーセントを超えています。` : '');
      return `${usage}最も大きいのは${list(largest)}です。`;
    },
    auroraNote: 'Auroraのストレージは自動で拡張されるので、上限に近づくことはありません。',
  },

  sessions: {
    metricName: (metric: SessionMetricId) => SESSION_METRICS[metric],
    none: (where: Where) => `${at(where)}では、今アクティブなユーザーセッションはありません。`,
    memoryOff: (where: Where) =>
      `${at(where)}は、Performance Schemaがオフのため、セッションごとのメモリを報告しません。`,
    cpu: (where: Where, id: string, user: string, seconds: number) =>
      `${at(where)}でCPUを最も使っているのは、セッション${session(id)}、ユーザー${user}で、CPU時間は${duration(seconds)}です。`,
    memory: (where: Where, id: string, user: string, bytes: number) =>
      `${at(where)}でメモリを最も使っているのは、セッション${session(id)}、ユーザー${user}で、${size(bytes)}を使っています。`,
    dbTime: (where: Where, id: string, user: string, seconds: number) =>
      `${at(where)}でDB時間が最も長いのは、セッション${session(id)}、ユーザー${user}で、DB時間は${duration(seconds)}です。`,
    longestStatement: (where: Where, id: string, user: string, seconds: number) =>
      `${at(where)}で最も長く実行されているステートメントは、セッション${session(id)}、ユーザー${user}で、${duration(seconds)}実行されています。`,
    noCpuPerSession: (engine: string) =>
      `${engine}はセッションごとのCPUを測定しないため、代わりに最も長く実行されているステートメントをお伝えします。`,
    longestTransaction: (where: Where, id: string, user: string, seconds: number) =>
      `${at(where)}で最も長く開いているトランザクションは、セッション${session(id)}、ユーザー${user}で、${duration(seconds)}開いたままです。`,
    cardLine: (id: string, user: string, value: string, sql: string) =>
      `セッション${id}、${user}：${value}${sql ? `。${sql}` : ''}`,
  },

  parameter: {
    value: (where: Where, parameter: string, value: string) => `${at(where)}の${parameter}は${value}です。`,
    unknown: (where: Where, parameter: string) =>
      `${at(where)}には${parameter}というパラメータはありません。`,
    empty: '空',
    unlimited: '無制限',
    on: 'オン',
    off: 'オフ',
    withUnit: (value: number, unit: string) => {
      const word = UNIT_WORDS[unit];
      return word ? `${number(value)}${word}` : undefined;
    },
  },

  logs: {
    name: (logType: LogTypeId) => LOG_NAMES[logType],
    errors: (where: Where, logType: LogTypeId, count: number, errors: number, latest?: string) =>
      errors === 0
        ? `${at(where)}の${LOG_NAMES[logType]}の直近${lines(count)}に、エラーはありません。`
        : `${at(where)}の${LOG_NAMES[logType]}の直近${lines(count)}に、エラーが${counted(errors, '件')}あります。` +
          (latest ? `最新のものは「${latest}」です。` : ''),
    slowQueries: (where: Where, count: number, slow: number, slowest: number | undefined) =>
      slow === 0
        ? `${at(where)}のスロークエリログの直近${lines(count)}に、スロークエリはありません。`
        : `${at(where)}のスロークエリログの直近${lines(count)}に、スロークエリが${counted(slow, '件')}あります。` +
          (slowest !== undefined ? `最も遅いものは${duration(slowest)}かかりました。` : ''),
    empty: (where: Where, logType: LogTypeId) => `${at(where)}の${LOG_NAMES[logType]}は空です。`,
    emailed: (count: number) =>
      count === 1 ? 'その行をメールでお送りしました。' : `その${lines(count)}をメールでお送りしました。`,
    mailIntro: (count: number, file: string, identifier: string, region: string, written: string) =>
      `${identifier}（${region}）の${file}の最後の${lines(count)}です。最終書き込みは${written}です。`,
  },

  errors: {
    bastionNotConfigured: (region: string) =>
      `${region}には踏み台サーバーが設定されていないため、チェックを実行できません。先にdbvoiceの踏み台サーバーをそこにデプロイしてください。`,
    bastionNotResponding: (region: string, notifying: boolean) =>
      `${region}の踏み台サーバーが時間内にチェックを開始しませんでした。オフラインか、処理中の可能性があります。` +
      (notifying
        ? 'あとで実行された場合は、結果をメールでお送りします。'
        : '1分ほどしてから、もう一度お試しください。'),
    checkFailed: (reason: CheckFailureReason, where: Where, user: string | undefined, database?: string) => {
      const { instance, region } = where;
      switch (reason) {
        case 'unreachable':
          return `踏み台サーバーから${at(where)}に到達できませんでした。データベースが停止しているか、セキュリティグループが踏み台サーバーからの接続を許可していない可能性があります。`;
        case 'login-failed':
          return `踏み台サーバーは${at(where)}に到達しましたが、データベースが${user ? `${user}の` : ''}ログインを拒否しました。Parameter Storeのユーザーとパスワードを確認してください。`;
        case 'database-missing':
          return `踏み台サーバーは${at(where)}に到達しましたが、${database ? `${database}というデータベース` : '指定された名前のデータベース'}はありませんでした。`;
        case 'no-credentials':
          return `${at(where)}のパスワードがありません。READMEの説明どおりにParameter Storeに保存してから、もう一度聞いてください。`;
        case 'client-missing':
          return `${region}の踏み台サーバーには、${instance}のエンジン用のクライアントがインストールされていません。`;
        case 'query-failed':
          return `${at(where)}のチェックがデータベース内で失敗しました。監視ユーザーの権限が足りない可能性があります。`;
        case 'timeout':
          return `${at(where)}のチェックに時間がかかりすぎたため、停止しました。`;
        case 'unsupported':
          return `${region}の踏み台サーバーでは、${instance}でそのチェックを実行できません。`;
        case 'runner-missing':
          return `${region}の踏み台サーバーには、dbvoiceのスクリプトがインストールされていません。`;
        default:
          return `${at(where)}のチェックが踏み台サーバー上で失敗しました。`;
      }
    },
    checkUnsupported: (engine: string, check: CheckName | undefined) =>
      check === undefined
        ? `${engine}のインスタンスではチェックを実行できません。`
        : check === 'top-memory'
          ? `${engine}はセッションごとのメモリを報告しません。代わりに、CPUでのトップセッションを聞くことができます。`
          : `${engine}ではそのチェックに答えられません。`,
    instanceNotRunning: (where: Where, status: string) =>
      `${at(where)}は${statusWords(status)}のため、接続できません。`,
    logTypeUnavailable: (engine: string, logType: LogTypeId, available: readonly LogTypeId[]) =>
      `${engine}のインスタンスには、読み取れる${LOG_NAMES[logType]}がありません。` +
      (available.length > 0 ? `${list(available.map((t) => LOG_NAMES[t]))}なら確認できます。` : ''),
    logNotFound: (where: Where, logType: LogTypeId) =>
      `${at(where)}の${LOG_NAMES[logType]}のファイルが見つかりませんでした。そのログがオフになっている可能性があります。`,
  },

  cards: {
    connect: (instance: string) => `${instance}：接続`,
    storage: (instance: string) => `${instance}：ストレージ`,
    sessions: (instance: string) => `${instance}：トップセッション`,
    parameter: (instance: string) => `${instance}：パラメータ`,
    log: (instance: string, logType: LogTypeId) => `${instance}：${LOG_NAMES[logType]}`,
  },
};

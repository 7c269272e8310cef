import type { WallTime, WindowTimes } from '../../../domain/fleet/windowTimes.js';
import type { MetricId, PropertyId } from '../../../domain/vocabulary.js';
import type { HealthStrings } from '../../SpeechStrings.js';
import type { ScaledReading } from '../../scaleReading.js';
import { counted, LOCALE, list, number, span, statusWords } from './common.js';

export const METRIC_NAMES: Record<MetricId, string> = {
  CPUUtilization: 'CPU使用率',
  FreeableMemory: '空きメモリ',
  FreeStorageSpace: '空きストレージ',
  DatabaseConnections: '接続数',
  ReadIOPS: '読み取りIOPS',
  WriteIOPS: '書き込みIOPS',
  ReadLatency: '読み取りレイテンシー',
  WriteLatency: '書き込みレイテンシー',
  ReadThroughput: '読み取りスループット',
  WriteThroughput: '書き込みスループット',
  NetworkReceiveThroughput: 'ネットワーク受信スループット',
  NetworkTransmitThroughput: 'ネットワーク送信スループット',
  SwapUsage: 'スワップ使用量',
  ReplicaLag: 'レプリカラグ',
  DiskQueueDepth: 'ディスクキュー深度',
};

const PROPERTY_NAMES: Record<PropertyId, string> = {
  status: 'ステータス',
  engine: 'エンジン',
  engineVersion: 'エンジンバージョン',
  instanceClass: 'インスタンスクラス',
  storageType: 'ストレージタイプ',
  allocatedStorage: '割り当てストレージ',
  multiAz: '配置構成',
  availabilityZone: 'アベイラビリティーゾーン',
  endpoint: 'エンドポイント',
  parameterGroup: 'パラメータグループ',
  backupRetention: 'バックアップ保持期間',
  latestRestorableTime: '最新の復元可能時刻',
  masterUsername: 'マスターユーザー名',
  publiclyAccessible: 'パブリックアクセス',
  autoMinorUpgrade: 'マイナーバージョン自動アップグレードの設定',
  licenseModel: 'ライセンスモデル',
  dbName: 'データベース名',
  cluster: 'クラスター',
  storageEncrypted: 'ストレージの暗号化',
  iops: 'プロビジョンドIOPS',
  maintenanceWindow: 'メンテナンスウィンドウ',
  backupWindow: 'バックアップウィンドウ',
  deletionProtection: '削除保護',
  performanceInsights: 'Performance Insightsの設定',
  caCertificate: 'CA証明書',
  certificateExpiry: '証明書の有効期限',
};

/** A reading in words: 「87パーセント」「毎秒120回」「1.5ギガバイト」. */
function readingWords(reading: ScaledReading): string {
  const n = number(reading.value);
  switch (reading.unit) {
    case 'percent':
      return `${n}パーセント`;
    case 'bytes':
      return `${n}バイト`;
    case 'kilobytes':
      return `${n}キロバイト`;
    case 'megabytes':
      return `${n}メガバイト`;
    case 'gigabytes':
      return `${n}ギガバイト`;
    case 'terabytes':
      return `${n}テラバイト`;
    case 'milliseconds':
      return `${n}ミリ秒`;
    case 'seconds':
      return `${n}秒`;
    case 'microseconds':
      return `${n}マイクロ秒`;
    case 'perSecond':
      return `毎秒${n}回`;
    case 'bytesPerSecond':
      return `毎秒${n}バイト`;
    case 'kilobytesPerSecond':
      return `毎秒${n}キロバイト`;
    case 'megabytesPerSecond':
      return `毎秒${n}メガバイト`;
    case 'count':
    case 'none':
      return n;
  }
}

/** A wall-clock time (UTC weekday, hour and minute) as a Date, for Intl to name its weekday. */
function asDate(time: WallTime): Date {
  // 2 January 2000 was a Sunday: day 0 of WallTime.
  return new Date(Date.UTC(2000, 0, 2 + time.day, time.hour, time.minute));
}

/** 「3時」「20時30分」: the 24-hour clock Japanese speak. */
function clock(time: WallTime): string {
  return `${time.hour}時${time.minute === 0 ? '' : `${time.minute}分`}`;
}

const WEEKDAY = new Intl.DateTimeFormat(LOCALE, { weekday: 'long', timeZone: 'UTC' });

/** 「毎週日曜日の8時（UTC）、オレゴンの現地時間では土曜日の1時」; a backup window 「毎日7時（UTC）、…」. */
function windowWords(times: WindowTimes, region: string): string {
  const day = (time: WallTime) => WEEKDAY.format(asDate(time));
  const utc = times.weekly
    ? `毎週${day(times.utc)}の${clock(times.utc)}（UTC）`
    : `毎日${clock(times.utc)}（UTC）`;
  const local = times.local;
  if (!local) return utc;
  if (local.day === times.utc.day && local.hour === times.utc.hour && local.minute === times.utc.minute)
    return `${utc}、${region}の現地時間と同じ`;
  return times.weekly
    ? `${utc}、${region}の現地時間では${day(local)}の${clock(local)}`
    : `${utc}、${region}の現地時間では${clock(local)}`;
}

const DATE = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

/** RDS's license models in Japanese (propertyValue hands them over with spaces for hyphens). */
const LICENSES: Readonly<Record<string, string>> = {
  'license included': 'ライセンス込み',
  'bring your own license': 'ライセンス持ち込み',
  'general public license': 'GPL',
  'postgresql license': 'PostgreSQLライセンス',
};

/** A property's value as RDS words it, in Japanese where RDS gives an id (a status, a license model). */
function valueWords(id: PropertyId, value: string): string {
  if (id === 'status') return statusWords(value);
  if (id === 'licenseModel') return LICENSES[value] ?? value;
  return value.replace(/[。.]$/, '');
}

/** 「オレゴンのreporting」: an instance named with its Region. */
const of = (instance: string, region: string) => `${region}の${instance}`;

/** The Japanese words of an instance's health: its properties, metrics, alarms and events. */
export const healthJaJP: HealthStrings = {
  property: {
    name: (id) => PROPERTY_NAMES[id],
    answer: (id, instance, region, value) =>
      `${of(instance, region)}の${PROPERTY_NAMES[id]}は${valueWords(id, value)}です。`,
    unset: (id, instance, region) => `${of(instance, region)}には${PROPERTY_NAMES[id]}が設定されていません。`,
    yes: 'はい',
    no: 'いいえ',
    enabled: '有効',
    disabled: '無効',
    multiAz: (on) => (on ? 'マルチAZ' : 'シングルAZ'),
    gigabytes: (n) => `${number(n)}ギガバイト`,
    days: (n) => (n === 0 ? '無効で、自動バックアップはありません' : counted(n, '日')),
    dateTime: (date) => `${DATE_TIME.format(date)}（UTC）`,
    notClusterMember: 'クラスターには属していません',
    date: (date) => DATE.format(date),
    window: windowWords,
    engineVersion: (release) => {
      switch (release.kind) {
        case 'oracle':
          return release.update
            ? `${release.release}、${release.update.year}年${release.update.month}月のリリースアップデート`
            : release.release;
        case 'aurora':
          return release.flavour === 'MySQL'
            ? `Aurora MySQL ${release.auroraVersion}、MySQL ${release.compatibleWith}互換`
            : `Aurora PostgreSQL ${release.auroraVersion}`;
        case 'sqlserver':
          return `SQL Server ${release.year}`;
        case 'plain':
          return release.version;
      }
    },
    encryption: (on, key) => {
      if (!on) return '無効';
      if (key?.alias) return `有効で、KMSキーのエイリアスは${key.alias}`;
      if (key?.keyId) return `有効で、KMSキーは${key.keyId}`;
      return '有効';
    },
  },
  metric: {
    name: (id) => METRIC_NAMES[id],
    value: readingWords,
    current: (metric, instance, region, value) =>
      `${of(instance, region)}の${METRIC_NAMES[metric]}は${value}です。`,
    past: (metric, instance, region, value, ago) =>
      `${ago}前の、${of(instance, region)}の${METRIC_NAMES[metric]}は${value}でした。`,
    window: (metric, instance, region, average, maximum, window) =>
      `${window}の${of(instance, region)}の${METRIC_NAMES[metric]}は、平均${average}、最大${maximum}でした。`,
    windowLow: (metric, instance, region, average, minimum, window) =>
      `${window}の${of(instance, region)}の${METRIC_NAMES[metric]}は、最小${minimum}、平均${average}でした。`,
    windows: { lastHour: '過去1時間', lastDay: '過去24時間' },
    noData: (metric, instance, region) =>
      `CloudWatchには、その時間の${of(instance, region)}の${METRIC_NAMES[metric]}のデータがありません。`,
    notForEngine: (metric, engine) => `${engine}のインスタンスは${METRIC_NAMES[metric]}を報告しません。`,
    auroraStorageNote:
      'Auroraのストレージは自動で拡張されます。これはインスタンスのローカルストレージの空き容量です。',
    duration: span,
  },
  alarms: {
    none: (instance, region) => `${of(instance, region)}では、発報中のアラームはありません。`,
    noneRead: (instance, region) =>
      `読み取れた範囲では、${of(instance, region)}で発報中のアラームはありません。`,
    firing: (instance, region, names) =>
      `${of(instance, region)}では、アラームが${counted(names.length, '件')}発報しています。${list(names)}です。`,
  },
  events: {
    none: (instance, region) => `${of(instance, region)}には、過去24時間のイベントはありません。`,
    noneRead: (instance, region) =>
      `読み取れた範囲では、${of(instance, region)}に過去24時間のイベントは見つかりませんでした。`,
    summary: (instance, region, count) =>
      `${of(instance, region)}には、過去24時間にイベントが${counted(count, '件')}ありました。`,
    item: (when, message) => `${when}、${message}`,
    clusterItem: (when, cluster, message) => `${when}、クラスター${cluster}で、${message}`,
    latest: (items, more) =>
      `新しい順にお伝えします。${items.join('。')}。` +
      (more > 0 ? `それより前のイベント${counted(more, '件')}はカードにあります。` : ''),
    relative: (ms) => `${span(ms)}前`,
  },
};

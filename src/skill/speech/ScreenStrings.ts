import type { AlarmThreshold } from '../domain/alarms/Alarm.js';
import type { HealthIssue } from '../domain/health/HealthIssue.js';
import type { ScaledReading } from './scaleReading.js';

/** The words a screen shows (titles, labels, units): written, not spoken, so "CPU", not "C. P. U.". */
export interface ScreenStrings {
  /** "reporting · us-west-2 (Oregon)" */
  readonly instanceTitle: (instance: string, region: string, regionName: string) => string;
  /** The statistic a chart draws, with its period: "Average per 5 minutes". */
  readonly statistic: (periodSeconds: number) => string;
  /** A unit as an axis shows it: "%", "GB", "ms", "/s". */
  readonly unit: (unit: ScaledReading['unit']) => string;
  /** An axis value with its unit. */
  readonly axisValue: (value: number, unit: ScaledReading['unit']) => string;
  /** A time on the time axis, in the listener's locale (UTC: the skill does not know the device's zone). */
  readonly time: (at: Date) => string;
  readonly timeZone: string;
  readonly noData: string;
  /** The dashed line of a firing alarm on a chart: "prod-reporting-01-high-cpu: alarm above 80%". */
  readonly threshold: (alarm: string, direction: AlarmThreshold['direction'], value: string) => string;
  /** The heading of a list of instances, alarms or events. */
  readonly listTitle: (kind: ScreenListKind, count: number) => string;
  /** The heading of a list too long for one screen: "First 60 of 250 instances". */
  readonly listTitlePart: (kind: ScreenListKind, shown: number, total: number) => string;
  /** Under a list's heading: what touching one of its rows does (an application's row lists its instances). */
  readonly touchHint: (kind: ScreenListKind) => string;
  readonly labels: { readonly status: string; readonly region: string; readonly engine: string };
  /** A fleet-health issue in a list's status column, a word or two: "failed", "2 alarms", "maintenance due". */
  readonly issueStatus: (issue: HealthIssue) => string;
  /** A metric as a chart's title names it: the CloudWatch name in English, 「CPU使用率」 in Japanese. */
  readonly metricTitle: (cloudWatchMetric: string) => string;
  /** The heading of a busiest-instances ranking: "CPUUtilization, 15-minute average". */
  readonly busiestTitle: (cloudWatchMetric: string, minutes: number) => string;
  /** A session in a top-session list: "Session 4711 · app_user". */
  readonly sessionLabel: (id: string, user: string) => string;
  /** An instance's card: the row labels, and its storage and availability as written. */
  readonly instanceCard: {
    readonly labels: Readonly<
      Record<'status' | 'engine' | 'instanceClass' | 'storage' | 'availability' | 'endpoint', string>
    >;
    readonly gigabytes: (n: number) => string;
    readonly multiAz: (on: boolean) => string;
  };
  /** A connection check's card: what the bastion saw when it logged in. */
  readonly connectCard: {
    readonly labels: Readonly<Record<'connection' | 'engine' | 'openMode' | 'role', string>>;
    readonly connected: string;
  };
  /** A log check's card: the file read, how much of it, and what was found. */
  readonly logCard: {
    readonly labels: Readonly<
      Record<'file' | 'lines' | 'errors' | 'latest' | 'slowQueries' | 'slowest', string>
    >;
  };
  /** The first row of a storage check's card when it lists databases: their sum. */
  readonly totalLabel: string;
  /** A storage check's card: "Threshold 85%". */
  readonly storageSubtitle: (instanceTitle: string, threshold: number) => string;
}

export type ScreenListKind = 'instances' | 'applications' | 'alarms' | 'events' | 'issues' | 'sessions';

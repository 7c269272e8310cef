import type { UnreadCheck } from '../domain/health/FleetHealthReport.js';
import type { HealthIssue } from '../domain/health/HealthIssue.js';
import type { InstanceStateId } from '../domain/health/InstanceState.js';

/** An issue with its Region in words ('' when the answer is about one Region and need not repeat it). */
export type SpokenIssue = HealthIssue & { readonly regionName: string };

/** A noun in both numbers (SpeechStrings' Noun, restated so this file need not import the interface that imports it). */
type Noun = { readonly one: string; readonly many: string };

/** The words of "is anything wrong?" (FleetHealth). */
export interface FleetHealthStrings {
  readonly cardTitle: string;
  /** Nothing wrong and everything read: said plainly. */
  readonly allClear: (count: number, what: Noun, where: string) => string;
  /** Nothing wrong in what could be read, but some checks could not be: never "all clear". */
  readonly nothingFound: (count: number, what: Noun, where: string) => string;
  readonly intro: (issues: number, where: string) => string;
  /** One issue in a sentence; `now` for "restarted 5 minutes ago" and "due in 3 days". */
  readonly issue: (issue: SpokenIssue, now: number) => string;
  readonly more: (count: number) => string;
  /** Checks that failed in Regions that otherwise answered. */
  /** "Any alarms firing in Oregon?": `byInstance` in the order spoken, `where` the Regions (and filter) asked. */
  readonly alarmsFiring: (
    total: number,
    where: string,
    byInstance: readonly { readonly instance: string; readonly alarms: readonly string[] }[],
  ) => string;
  readonly noAlarms: (what: Noun, where: string, complete: boolean) => string;
  readonly alarmsCardTitle: string;
  /** "hr in Ireland": an instance named with its Region when an answer spans several. */
  readonly instanceIn: (instance: string, region: string) => string;
  /** "Which instances are stopped?": `items` already name their Region (and status) where needed. */
  readonly inState: (state: InstanceStateId, what: Noun, where: string, items: readonly string[]) => string;
  /** An item of a "not available" list: its name and its RDS status ("analytics, stopped"). */
  readonly withStatus: (item: string, status: string) => string;
  readonly stateCardTitle: string;
  readonly unread: (checks: readonly (Omit<UnreadCheck, 'region'> & { regionName: string })[]) => string;
  /**
   * "What's the busiest instance?": `items` from busiestItem, busiest first; `metric` in words; `concern`
   * 'low' ranks the lowest first (free memory, free storage); `minutes` the window averaged.
   */
  readonly busiest: (ranking: {
    readonly metric: string;
    readonly concern: 'high' | 'low';
    readonly minutes: number;
    readonly what: Noun;
    readonly where: string;
    readonly items: readonly string[];
  }) => string;
  /** One ranked instance and its average: "reporting at 87 percent". */
  readonly busiestItem: (instance: string, value: string) => string;
  /** Free storage of an instance with a known allocation: the amount, and the share free ("6 percent"). */
  readonly freeOfAllocated: (value: string, percent: string) => string;
  /**
   * Free storage: `count` ranked instances have no allocated storage (Aurora), so they are ranked by the
   * gigabytes of local storage free, after the others (`afterOthers`) or alone.
   */
  readonly busiestWithoutAllocation: (count: number, afterOthers: boolean) => string;
  /** No instance had a datapoint in the window (or there were no instances). */
  readonly busiestNoData: (metric: string, minutes: number, what: Noun, where: string) => string;
  /** Some instances had no datapoint: they are not in the ranking. */
  readonly busiestWithoutData: (count: number) => string;
  /** Regions whose metrics could not be read: the ranking leaves them out. */
  readonly metricsUnread: (regions: readonly string[]) => string;
  readonly busiestCardTitle: string;
  /** "Any pending maintenance?": how many actions are pending in `where` (items follow, from `issue`). */
  readonly maintenanceIntro: (count: number, where: string) => string;
  /** None pending; `complete` false when a Region's list could not be read (then never "none"). */
  readonly noMaintenance: (what: Noun, where: string, complete: boolean) => string;
  readonly maintenanceCardTitle: string;
}

import type { AwsFailureReason } from '../../aws/AwsCallFailed.js';
import type { CheckFailureReason } from '../domain/bastion/CheckFailureReason.js';
import type { CheckName } from '../domain/bastion/CheckName.js';
import type { WindowTimes } from '../domain/fleet/windowTimes.js';
import type { TaskRefusal } from '../domain/tasks/errors.js';
import type { TaskKind } from '../domain/tasks/TaskKind.js';
import type { TaskAction } from '../domain/tasks/TaskPlan.js';
import type {
  EngineFamilyId,
  LogTypeId,
  MetricId,
  PropertyId,
  SessionMetricId,
} from '../domain/vocabulary.js';
import type { AnswerStrings } from './AnswerStrings.js';
import type { EngineRelease } from './engineRelease.js';
import type { FleetHealthStrings } from './FleetHealthStrings.js';
import type { MailStrings } from './MailStrings.js';
import type { ScreenStrings } from './ScreenStrings.js';
import type { ScaledReading } from './scaleReading.js';
import type { UserStrings } from './UserStrings.js';
import type { WhoAmIStrings } from './WhoAmIStrings.js';

/**
 * The words of the skill, declared apart from any locale: every locale file implements this interface
 * (`export const enUS: SpeechStrings`), so the compiler names a missing or mistyped sentence in a new locale.
 * All text is plain: SSML escaping happens once, on the way out (toSsml). Grouped by capability, in the
 * order a conversation meets them.
 */
export interface SpeechStrings {
  /** BCP-47, e.g. "en-US": list and number formatting follow it. */
  readonly locale: string;
  readonly skillName: string;
  readonly launch: Prompt;
  /** Help when the skill holds none of the fleet's inventory: the demo fleet's names as examples. */
  readonly help: Prompt;
  /**
   * Help whose examples the fleet can answer: an instance and a Region from the inventory the container
   * holds, as the listener says them, so following the example never fails on a fleet without "reporting".
   */
  readonly helpFor: (example: FleetExample) => Prompt;
  readonly fallback: Prompt;
  readonly goodbye: string;
  /** Said when the microphone stays open after an answer. */
  readonly reprompt: string;
  /** An intent of the model whose feature is not built yet, named by `features[intentName]`. */
  readonly comingSoon: (feature: string) => string;
  readonly features: Readonly<Record<string, string>>;
  readonly errors: ErrorStrings;
  readonly ask: AskStrings;
  /** Slot names as the user knows them ("log type"), for "which log type do you mean?". */
  readonly slotNames: Readonly<Record<string, string>>;
  /** A Region code in this locale's words ("us-west-2" -> "Oregon"). */
  readonly region: (code: string) => string;
  /** An RDS engine id in words ("aurora-postgresql" -> "Aurora PostgreSQL"). */
  readonly engineName: (engine: string) => string;
  /** An answer built from part of the fleet says which part is missing. */
  readonly partial: PartialStrings;
  readonly inventory: InventoryStrings;
  readonly property: PropertyStrings;
  readonly metric: MetricStrings;
  readonly alarms: AlarmStrings;
  readonly events: EventStrings;
  /** "Is anything wrong?" across the fleet. */
  readonly fleetHealth: FleetHealthStrings;
  readonly tasks: TaskStrings;
  /** Database users by voice (create, reset, remove, list). */
  readonly users: UserStrings;
  readonly bastion: BastionStrings;
  readonly cards: CardStrings;
  /** What a device with a screen shows beside the speech (APL). */
  readonly screen: ScreenStrings;
  /** Yes and no said to the skill's own questions ("did you mean ...?", a task's code or Region). */
  readonly answers: AnswerStrings;
  /** "What is my user id": the ids and the allow-list command, on the card only. */
  readonly whoAmI: WhoAmIStrings;
  /** The e-mails: an answer's "asked on", a log's "last written", an audit record's lines. */
  readonly mail: MailStrings;
}

/** The opening, help, goodbye and fallback: what every locale's builtin file fills. */
export type BuiltinStrings = Pick<
  SpeechStrings,
  | 'skillName'
  | 'launch'
  | 'help'
  | 'helpFor'
  | 'goodbye'
  | 'fallback'
  | 'reprompt'
  | 'comingSoon'
  | 'features'
>;

/** A property, a metric, alarms and events of one database: what every locale's health file fills. */
export type HealthStrings = Pick<SpeechStrings, 'property' | 'metric' | 'alarms' | 'events'>;

/** Failures, partial answers and the questions asked back: what every locale's errors file fills. */
export type ErrorSectionStrings = Pick<SpeechStrings, 'errors' | 'partial' | 'ask' | 'slotNames'>;

/** Something said with the microphone left open, and what is said again if the user stays silent. */
export interface Prompt {
  readonly speech: string;
  readonly reprompt: string;
}

/** An instance of the fleet and its Region, both as the listener says them, for an example to copy. */
export interface FleetExample {
  readonly instance: string;
  readonly region: string;
}

/** A noun phrase in both numbers, so plurals are never made by appending "s" to a phrase. */
export interface Noun {
  readonly one: string;
  readonly many: string;
}

/** Where a check ran, in words: the instance's name and its Region's. */
export interface Where {
  readonly instance: string;
  readonly region: string;
}

// ---- errors ----------------------------------------------------------------------------------------

export interface ErrorStrings {
  readonly generic: string;
  readonly aws: (reason: AwsFailureReason) => string;
  readonly regionUnknown: (spoken: string) => string;
  readonly instanceNotFound: (
    spoken: string,
    regions: readonly string[],
    suggestions: readonly string[],
  ) => string;
  readonly applicationNotFound: (
    spoken: string,
    regions: readonly string[],
    suggestions: readonly string[],
  ) => string;
  readonly slotMissing: (slot: string) => string;
  readonly slotValueUnknown: (slot: string, spoken: string) => string;
}

/** Questions back to the user. */
export interface AskStrings {
  /** The instance exists in several Regions: which one? */
  readonly region: (instance: string, regions: readonly string[]) => string;
  readonly instance: string;
}

/** The words of a partial answer: never said as a whole one. */
export interface PartialStrings {
  /** One Region left out, and why: "Ireland did not answer in time". */
  readonly missing: (region: string, reason: AwsFailureReason) => string;
  /** After an answer from the Regions that answered: "That is in the Regions that answered; Ireland ...". */
  readonly regionsAnswered: (missing: readonly string[]) => string;
  /** After a list read only in part: "I couldn't read the whole list: Oregon did not answer in time." */
  readonly listCutShort: (missing: readonly string[]) => string;
}

// ---- inventory -------------------------------------------------------------------------------------

export interface InventoryStrings {
  /** "Oregon" for one Region, "your 3 Regions" for several. */
  readonly where: (regionNames: readonly string[]) => string;
  /** What is being counted: "production MySQL instance(s) of application blog". */
  readonly describeFilter: (filter: {
    environment?: string;
    application?: string;
    engine?: EngineFamilyId;
  }) => Noun;
  readonly count: (total: number, what: Noun, where: string) => string;
  readonly countAcross: (
    total: number,
    what: Noun,
    parts: readonly { region: string; count: number }[],
  ) => string;
  readonly list: (what: Noun, where: string, names: readonly string[]) => string;
  readonly listRegionPart: (where: string, names: readonly string[]) => string;
  readonly listAcrossIntro: (total: number, what: Noun) => string;
  readonly applications: (where: string, apps: readonly string[], untagged: number) => string;
  readonly applicationInstances: (application: string, where: string, names: readonly string[]) => string;
}

// ---- health: properties, metrics, alarms, events ---------------------------------------------------

export interface PropertyStrings {
  readonly name: (id: PropertyId) => string;
  readonly answer: (id: PropertyId, instance: string, region: string, value: string) => string;
  readonly unset: (id: PropertyId, instance: string, region: string) => string;
  readonly yes: string;
  readonly no: string;
  readonly enabled: string;
  readonly disabled: string;
  readonly multiAz: (on: boolean) => string;
  readonly gigabytes: (n: number) => string;
  readonly days: (n: number) => string;
  readonly dateTime: (date: Date) => string;
  readonly notClusterMember: string;
  /** A calendar day ("May 20, 2061"), for the certificate expiry. */
  readonly date: (date: Date) => string;
  /** A maintenance or backup window: its UTC start and, when the Region is known, its local time there. */
  readonly window: (times: WindowTimes, region: string) => string;
  /** An engine version as people say it ("19c, July 2024 release update", "SQL Server 2019"). */
  readonly engineVersion: (release: EngineRelease) => string;
  /** Storage encryption, with the KMS key's alias (or id) when RDS names one. */
  readonly encryption: (on: boolean, key?: { alias?: string; keyId?: string }) => string;
}

export interface MetricStrings {
  readonly name: (id: MetricId) => string;
  readonly value: (reading: ScaledReading) => string;
  readonly current: (metric: MetricId, instance: string, region: string, value: string) => string;
  readonly past: (metric: MetricId, instance: string, region: string, value: string, ago: string) => string;
  readonly window: (
    metric: MetricId,
    instance: string,
    region: string,
    average: string,
    maximum: string,
    window: string,
  ) => string;
  /** A window of a metric whose low point matters (free memory, free storage): its minimum, named so. */
  readonly windowLow: (
    metric: MetricId,
    instance: string,
    region: string,
    average: string,
    minimum: string,
    window: string,
  ) => string;
  /** Window ids ("lastHour") in words. */
  readonly windows: Readonly<Record<string, string>>;
  readonly noData: (metric: MetricId, instance: string, region: string) => string;
  readonly notForEngine: (metric: MetricId, engine: string) => string;
  readonly auroraStorageNote: string;
  readonly duration: (ms: number) => string;
}

export interface AlarmStrings {
  readonly none: (instance: string, region: string) => string;
  /** No firing alarm among those read before the deadline: not "no alarms". */
  readonly noneRead: (instance: string, region: string) => string;
  readonly firing: (instance: string, region: string, names: readonly string[]) => string;
}

export interface EventStrings {
  readonly none: (instance: string, region: string) => string;
  /** No event among those read before the deadline: not "no events". */
  readonly noneRead: (instance: string, region: string) => string;
  readonly summary: (instance: string, region: string, count: number) => string;
  readonly item: (when: string, message: string) => string;
  /** An event of the instance's Aurora cluster, named as the cluster's. */
  readonly clusterItem: (when: string, cluster: string, message: string) => string;
  readonly latest: (items: readonly string[], more: number) => string;
  /** How long ago, in words ("5 minutes ago"). */
  readonly relative: (ms: number) => string;
}

// ---- tasks: reboot, failover, MFA, notifications ---------------------------------------------------

/** What a task will do, named in the confirmation, the answer and the card. */
export interface TaskWords {
  readonly action: TaskAction;
  readonly name: string;
  readonly region: string;
  readonly target?: string;
}

export interface TaskStrings {
  readonly confirm: (task: TaskWords) => string;
  readonly done: (task: TaskWords) => string;
  /** RDS's reply was lost: what is true now, from one describe (`statusNow` undefined when that failed too). */
  readonly unknownOutcome: (task: TaskWords, statusNow: string | undefined) => string;
  readonly cancelled: (kind: TaskKind, name: string, region: string) => string;
  readonly askCode: string;
  /** "help" while the code is asked for: how to give it or leave; the code is asked for again. */
  readonly codeHelp: string;
  /**
   * "help" while the task waits for its yes: what a yes and a no do; the question is asked again after it.
   * A code is never kept, so a yes after help asks for the code again before the task runs.
   */
  readonly confirmHelp: string;
  /** Something not a code ("I don't have it") while the code is asked for: how to leave; asked again. */
  readonly codeNotHeard: string;
  /** Other MFA codes are being checked at this moment: this one was not checked, nothing changed. */
  readonly busy: string;
  readonly codeMalformed: string;
  readonly codeReused: string;
  readonly codeRejected: (triesLeft: number) => string;
  readonly lockedOut: (lockMs: number) => string;
  readonly locked: (remainingMs: number) => string;
  readonly mfaNotConfigured: string;
  readonly notAuthorised: string;
  readonly refused: (
    reason: TaskRefusal,
    kind: TaskKind,
    name: string,
    region: string,
    detail?: string,
  ) => string;
  readonly notifications: NotificationStrings;
  readonly cards: {
    readonly task: (kind: TaskKind, name: string) => string;
    readonly notifications: string;
  };
}

export interface NotificationStrings {
  readonly ask: string;
  readonly on: string;
  readonly onWithoutTopic: string;
  readonly off: string;
  readonly statusOn: string;
  readonly statusOff: string;
}

// ---- bastion checks and logs -----------------------------------------------------------------------

export interface BastionStrings {
  /** The progressive response while the bastion works. */
  readonly checking: (where: Where) => string;
  readonly running: (where: Where, notifying: boolean) => string;
  /** Bytes in words: 13421772800 -> "12.5 gigabytes". */
  readonly size: (bytes: number) => string;
  /** Seconds in words: "4.5 seconds", "12 minutes". */
  readonly duration: (seconds: number) => string;
  readonly connect: {
    readonly reachable: (
      where: Where,
      engine: string,
      version: string,
      openMode: string,
      role: string | undefined,
    ) => string;
  };
  readonly storage: StorageStrings;
  readonly sessions: SessionStrings;
  readonly parameter: ParameterStrings;
  readonly logs: LogStrings;
  readonly errors: BastionErrorStrings;
  readonly cards: {
    readonly connect: (instance: string) => string;
    readonly storage: (instance: string) => string;
    readonly sessions: (instance: string) => string;
    readonly parameter: (instance: string) => string;
    readonly log: (instance: string, logType: LogTypeId) => string;
  };
}

export interface StorageStrings {
  readonly tablespaceItem: (name: string, percent: number) => string;
  readonly tablespacesOver: (where: Where, threshold: number, items: readonly string[]) => string;
  readonly tablespacesFine: (where: Where, threshold: number, fullest: string | undefined) => string;
  readonly noRows: (where: Where) => string;
  readonly databaseItem: (name: string, bytes: number) => string;
  readonly cardTablespace: (name: string, percent: number, usedBytes: number, maxBytes: number) => string;
  readonly cardDatabase: (name: string, bytes: number) => string;
  readonly databases: (
    where: Where,
    usedBytes: number,
    allocatedBytes: number | undefined,
    threshold: number,
    largest: readonly string[],
  ) => string;
  readonly auroraNote: string;
}

export interface SessionStrings {
  readonly metricName: (metric: SessionMetricId) => string;
  readonly none: (where: Where) => string;
  readonly memoryOff: (where: Where) => string;
  readonly cpu: (where: Where, id: string, user: string, seconds: number) => string;
  readonly memory: (where: Where, id: string, user: string, bytes: number) => string;
  readonly dbTime: (where: Where, id: string, user: string, seconds: number) => string;
  readonly longestStatement: (where: Where, id: string, user: string, seconds: number) => string;
  readonly noCpuPerSession: (engine: string) => string;
  readonly longestTransaction: (where: Where, id: string, user: string, seconds: number) => string;
  readonly cardLine: (id: string, user: string, value: string, sql: string) => string;
}

export interface ParameterStrings {
  readonly value: (where: Where, parameter: string, value: string) => string;
  readonly unknown: (where: Where, parameter: string) => string;
  readonly empty: string;
  readonly unlimited: string;
  readonly on: string;
  readonly off: string;
  /** "128MB" -> "128 megabytes"; undefined for a unit this locale does not name. */
  readonly withUnit: (value: number, unit: string) => string | undefined;
}

export interface LogStrings {
  readonly name: (logType: LogTypeId) => string;
  readonly errors: (
    where: Where,
    logType: LogTypeId,
    lines: number,
    errors: number,
    latest?: string,
  ) => string;
  readonly slowQueries: (where: Where, lines: number, count: number, slowest: number | undefined) => string;
  readonly empty: (where: Where, logType: LogTypeId) => string;
  readonly emailed: (lines: number) => string;
  readonly mailIntro: (
    lines: number,
    file: string,
    identifier: string,
    region: string,
    written: string,
  ) => string;
}

export interface BastionErrorStrings {
  readonly bastionNotConfigured: (region: string) => string;
  readonly bastionNotResponding: (region: string, notifying: boolean) => string;
  readonly checkFailed: (
    reason: CheckFailureReason,
    where: Where,
    user: string | undefined,
    database?: string,
  ) => string;
  readonly checkUnsupported: (engine: string, check: CheckName | undefined) => string;
  readonly instanceNotRunning: (where: Where, status: string) => string;
  readonly logTypeUnavailable: (
    engine: string,
    logType: LogTypeId,
    available: readonly LogTypeId[],
  ) => string;
  readonly logNotFound: (where: Where, logType: LogTypeId) => string;
}

// ---- cards -----------------------------------------------------------------------------------------

/** Card titles of the inventory and health answers (bastion and task cards are with their capability). */
export interface CardStrings {
  readonly count: string;
  readonly list: string;
  readonly applications: string;
  readonly applicationInstances: (application: string) => string;
  readonly property: (instance: string) => string;
  readonly metric: (instance: string) => string;
  readonly alarms: (instance: string) => string;
  readonly events: (instance: string) => string;
}

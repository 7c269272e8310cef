/**
 * The fleet file: what the emulated account contains when the emulator starts (and after a reset). Every
 * field but `regions` is optional; README.md in this folder documents each one with the defaults.
 */
export interface Fleet {
  /** 12-digit account id in ARNs and GetCallerIdentity. */
  readonly account?: string;
  /** IAM user name GetCallerIdentity reports. */
  readonly user?: string;
  readonly mfaDevices?: readonly FleetMfaDevice[];
  /** Operations (e.g. RebootDBInstance) refused with AccessDenied unless signed with MFA session keys. */
  readonly requireMfaFor?: readonly string[];
  /** Access key ids answered with InvalidClientTokenId, to exercise credential errors. */
  readonly invalidAccessKeys?: readonly string[];
  readonly settings?: FleetSettings;
  readonly regions: Readonly<Record<string, FleetRegion>>;
  /** Canned bastion output per instance identifier and check name (`*` matches any check). */
  readonly bastionOutputs?: Readonly<Record<string, Readonly<Record<string, FleetCannedOutput | string>>>>;
}

export interface FleetSettings {
  /** How long an instance stays `rebooting`. */
  readonly rebootSeconds?: number;
  /** How long a cluster stays `failing-over`. */
  readonly failoverSeconds?: number;
  /** When a bastion command finishes (at the earliest) after SendCommand. */
  readonly commandDelayMs?: number;
  /** GetCommandInvocation says InvocationDoesNotExist until this long after SendCommand. */
  readonly invocationVisibleAfterMs?: number;
  /** An invocation is Pending, then InProgress, after this long. */
  readonly commandPendingMs?: number;
  /** Run sql-scripts/run-check for loopback instances (true) or always use canned outputs (false). */
  readonly runRealChecks?: boolean;
  /**
   * Answer run-check commands that have no canned output as the runner would for that instance (true), or
   * fail them with "no canned output" (false).
   */
  readonly synthesizeBastionOutputs?: boolean;
}

export interface FleetMfaDevice {
  /** The device ARN (virtual) or serial number (hardware) passed as SerialNumber. */
  readonly serial: string;
  /** Base32 TOTP seed (the secret behind the QR code). */
  readonly seed: string;
}

export interface FleetRegion {
  readonly instances?: readonly FleetInstance[];
  readonly clusters?: readonly FleetCluster[];
  readonly bastions?: readonly FleetBastion[];
  readonly alarms?: readonly FleetAlarm[];
  readonly events?: readonly FleetEvent[];
  readonly metrics?: readonly FleetMetric[];
  readonly parameters?: readonly FleetParameter[];
  readonly topics?: readonly string[];
  readonly secrets?: readonly FleetSecret[];
  readonly tables?: readonly FleetTable[];
}

export interface FleetInstance {
  readonly identifier: string;
  /** RDS engine name: oracle-ee, mysql, mariadb, postgres, sqlserver-se, aurora-mysql, ... */
  readonly engine: string;
  readonly engineVersion?: string;
  readonly class?: string;
  readonly status?: string;
  readonly multiAz?: boolean;
  readonly availabilityZone?: string;
  readonly secondaryAvailabilityZone?: string;
  readonly endpoint?: { readonly host?: string; readonly port?: number };
  readonly storage?: {
    readonly type?: string;
    readonly allocatedGb?: number;
    readonly maxAllocatedGb?: number;
    readonly iops?: number;
    readonly encrypted?: boolean;
  };
  readonly masterUsername?: string;
  readonly dbName?: string;
  readonly licenseModel?: string;
  readonly parameterGroup?: string;
  readonly optionGroup?: string;
  readonly backupRetentionDays?: number;
  readonly publiclyAccessible?: boolean;
  readonly autoMinorVersionUpgrade?: boolean;
  readonly deletionProtection?: boolean;
  readonly performanceInsights?: boolean;
  /** ISO timestamp; defaults to a fixed date before the emulator started. */
  readonly createdAt?: string;
  /** Aurora: the cluster this instance belongs to. */
  readonly clusterId?: string;
  readonly promotionTier?: number;
  readonly tags?: Readonly<Record<string, string>>;
  /** Overrides of the generated CloudWatch series: a baseline number or a full generator. */
  readonly metrics?: Readonly<Record<string, number | FleetMetricGenerator>>;
  /** Log files; when absent, typical files for the engine are generated with a few errors. */
  readonly logs?: readonly FleetLogFile[];
}

export interface FleetCluster {
  readonly identifier: string;
  /** aurora-mysql or aurora-postgresql. */
  readonly engine: string;
  readonly engineVersion?: string;
  readonly status?: string;
  /** Writer instance identifier; defaults to the first member. */
  readonly writer?: string;
  readonly port?: number;
  readonly endpoint?: string;
  readonly readerEndpoint?: string;
  readonly databaseName?: string;
  readonly masterUsername?: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly metrics?: Readonly<Record<string, number | FleetMetricGenerator>>;
}

export interface FleetBastion {
  /** EC2 instance id (i-...), the SSM managed instance. */
  readonly instanceId: string;
  /** The Name tag SendCommand targets with tag:Name. */
  readonly name: string;
  /** An offline bastion never picks commands up: they end as TimedOut (DeliveryTimedOut). */
  readonly online?: boolean;
}

export interface FleetAlarm {
  readonly name: string;
  readonly metric: string;
  readonly namespace?: string;
  readonly dimensions?: Readonly<Record<string, string>>;
  readonly state?: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
  readonly threshold: number;
  readonly comparison?: string;
  readonly statistic?: string;
  readonly period?: number;
  readonly evaluationPeriods?: number;
  readonly reason?: string;
  readonly description?: string;
  readonly updatedMinutesAgo?: number;
  readonly actions?: readonly string[];
}

export interface FleetEvent {
  readonly source: string;
  /** db-instance (default), db-cluster, db-parameter-group, ... */
  readonly sourceType?: string;
  readonly message: string;
  readonly categories?: readonly string[];
  /** When it happened, relative to the emulator's start (default 30). */
  readonly minutesAgo?: number;
  /** Or an absolute ISO timestamp. */
  readonly date?: string;
}

export interface FleetMetricGenerator {
  readonly baseline: number;
  /** Uniform noise amplitude around the baseline. */
  readonly noise?: number;
  /** Amplitude of a daily sine wave. */
  readonly amplitude?: number;
  readonly min?: number;
  readonly max?: number;
  readonly unit?: string;
}

export interface FleetMetric extends Partial<FleetMetricGenerator> {
  readonly namespace: string;
  readonly name: string;
  readonly dimensions?: Readonly<Record<string, string>>;
  /** Exact datapoints instead of (or on top of) a generator. */
  readonly points?: readonly {
    readonly minutesAgo?: number;
    readonly timestamp?: string;
    readonly value: number;
  }[];
}

export interface FleetParameter {
  readonly name: string;
  readonly value: string;
  readonly type?: 'String' | 'StringList' | 'SecureString';
  readonly description?: string;
}

export interface FleetSecret {
  readonly name: string;
  /** A string, or an object stored as its JSON. */
  readonly value: string | Readonly<Record<string, unknown>>;
  readonly description?: string;
  readonly tags?: Readonly<Record<string, string>>;
}

export interface FleetTable {
  readonly name: string;
  readonly partitionKey: string;
  readonly partitionKeyType?: 'S' | 'N' | 'B';
  readonly sortKey?: string;
  readonly sortKeyType?: 'S' | 'N' | 'B';
}

export interface FleetLogFile {
  readonly name: string;
  readonly content?: string;
  readonly lines?: readonly string[];
  /** Generated lines in the engine's log style; `errors` are sprinkled in. */
  readonly generate?: { readonly lines: number; readonly errors?: readonly string[] };
  readonly lastWrittenMinutesAgo?: number;
}

export interface FleetCannedOutput {
  readonly stdout?: string;
  readonly stderr?: string;
  readonly exitCode?: number;
  /** Success/Failed follow exitCode when absent; InProgress never finishes (until the execution timeout). */
  readonly status?: 'Success' | 'Failed' | 'TimedOut' | 'InProgress';
  /** Overrides settings.commandDelayMs for this output. */
  readonly delayMs?: number;
}

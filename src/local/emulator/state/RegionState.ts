import type { LazyValue } from '../core/LazyValue.js';
import type { FleetCannedOutput } from '../fleet/Fleet.js';

/** A status that takes effect at `at`; statuses are timelines so delays need no timers. */
export interface StatusChange {
  readonly at: Date;
  readonly status: string;
}

export interface LogFileRecord {
  readonly name: string;
  lines: string[];
  lastWritten: Date;
}

export interface InstanceRecord {
  readonly identifier: string;
  readonly engine: string;
  readonly engineVersion: string;
  readonly instanceClass: string;
  statusTimeline: StatusChange[];
  readonly multiAz: boolean;
  availabilityZone: string;
  secondaryAvailabilityZone: string | undefined;
  readonly endpoint: { readonly host: string; readonly port: number };
  readonly storage: {
    readonly type: string;
    readonly allocatedGb: number;
    readonly maxAllocatedGb: number | undefined;
    readonly iops: number | undefined;
    readonly encrypted: boolean;
  };
  readonly masterUsername: string;
  readonly dbName: string | undefined;
  readonly licenseModel: string;
  readonly parameterGroup: string;
  readonly optionGroup: string;
  readonly backupRetentionDays: number;
  readonly publiclyAccessible: boolean;
  readonly autoMinorVersionUpgrade: boolean;
  readonly deletionProtection: boolean;
  readonly performanceInsights: boolean;
  readonly createdAt: Date;
  readonly clusterId: string | undefined;
  readonly promotionTier: number;
  readonly resourceId: string;
  readonly arn: string;
  tags: Record<string, string>;
  /** Generated on first use. */
  readonly logs: LazyValue<LogFileRecord[]>;
  /** AWS/RDS series by metric name (dimension DBInstanceIdentifier), generated on first use. */
  readonly metrics: LazyValue<ReadonlyMap<string, MetricSeries>>;
}

export interface ClusterRecord {
  readonly identifier: string;
  readonly engine: string;
  readonly engineVersion: string;
  statusTimeline: StatusChange[];
  writer: string | undefined;
  readonly port: number;
  readonly endpoint: string;
  readonly readerEndpoint: string;
  readonly databaseName: string | undefined;
  readonly masterUsername: string;
  readonly createdAt: Date;
  readonly resourceId: string;
  readonly arn: string;
  tags: Record<string, string>;
  /** AWS/RDS series by metric name (dimension DBClusterIdentifier), generated on first use. */
  readonly metrics: LazyValue<ReadonlyMap<string, MetricSeries>>;
}

export interface EventRecord {
  readonly sourceIdentifier: string;
  readonly sourceType: string;
  readonly message: string;
  readonly categories: readonly string[];
  readonly date: Date;
  readonly sourceArn: string;
}

/** One action DescribePendingMaintenanceActions lists for a resource (an instance or cluster ARN). */
export interface PendingMaintenanceRecord {
  readonly resourceArn: string;
  readonly action: string;
  readonly description: string;
  readonly autoAppliedAfter: Date | undefined;
  readonly forcedApply: Date | undefined;
  readonly currentApply: Date | undefined;
}

export interface AlarmRecord {
  readonly name: string;
  readonly arn: string;
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Readonly<Record<string, string>>;
  state: string;
  reason: string;
  updatedAt: Date;
  readonly threshold: number;
  readonly comparison: string;
  readonly statistic: string;
  readonly period: number;
  readonly evaluationPeriods: number;
  readonly description: string | undefined;
  readonly actions: readonly string[];
}

export interface MetricGenerator {
  readonly baseline: number;
  readonly noise: number;
  readonly amplitude: number;
  readonly min: number;
  readonly max: number;
}

export interface MetricSeries {
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly unit: string;
  readonly generator: MetricGenerator | undefined;
  readonly points: readonly { readonly at: Date; readonly value: number }[];
}

export interface ParameterRecord {
  readonly name: string;
  type: string;
  value: string;
  version: number;
  lastModified: Date;
  description: string | undefined;
  readonly dataType: string;
}

export interface BastionRecord {
  readonly instanceId: string;
  readonly name: string;
  online: boolean;
}

/** How a command ends on one instance, once known (a canned output, or the runner's exit). */
export interface InvocationOutcome {
  readonly status: 'Success' | 'Failed' | 'TimedOut' | 'InProgress';
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** When the work ended; the reported end is never before the invocation's due time. */
  readonly endedAt: Date;
  readonly statusDetails?: string;
}

export interface InvocationRecord {
  readonly instanceId: string;
  readonly instanceName: string;
  readonly visibleAt: Date;
  readonly startsAt: Date;
  readonly dueAt: Date;
  /** Undefined while the runner is still working. */
  outcome: InvocationOutcome | undefined;
  /** The bastion is offline: the command is never delivered. */
  readonly undeliverable: boolean;
}

export interface CommandRecord {
  readonly commandId: string;
  readonly documentName: string;
  readonly comment: string | undefined;
  readonly parameters: Readonly<Record<string, readonly string[]>>;
  readonly targets: readonly { readonly Key: string; readonly Values: readonly string[] }[];
  readonly instanceIds: readonly string[];
  readonly requestedAt: Date;
  readonly deliveryTimeoutSeconds: number;
  readonly executionTimeoutSeconds: number;
  readonly invocations: Map<string, InvocationRecord>;
}

/** One StartAutomationExecution: the user-management Lambda runs in process (services/ssm/runAutomation.ts). */
export interface AutomationRecord {
  readonly executionId: string;
  readonly documentName: string;
  readonly parameters: Readonly<Record<string, readonly string[]>>;
  readonly clientToken: string | undefined;
  /** The account and Region the step runs in (the one target location, or the caller's own). */
  readonly target: { readonly account: string; readonly region: string };
  readonly targetLocations: readonly Readonly<Record<string, unknown>>[];
  readonly startedAt: Date;
  status: 'InProgress' | 'Success' | 'Failed';
  endedAt: Date | undefined;
  outputs: Record<string, string[]>;
  failureMessage: string | undefined;
}

export interface PublishedMessage {
  readonly messageId: string;
  readonly region: string;
  readonly topicArn: string;
  readonly subject: string | undefined;
  readonly message: string;
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly at: Date;
}

export interface TopicRecord {
  readonly arn: string;
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly messages: PublishedMessage[];
}

export interface SecretVersion {
  readonly versionId: string;
  readonly secretString: string | undefined;
  readonly secretBinary: Uint8Array | undefined;
  readonly createdAt: Date;
  readonly stages: Set<string>;
}

export interface SecretRecord {
  readonly arn: string;
  readonly name: string;
  description: string | undefined;
  kmsKeyId: string | undefined;
  readonly createdAt: Date;
  lastChangedAt: Date;
  lastAccessedAt: Date | undefined;
  deletionDate: Date | undefined;
  deletedAt: Date | undefined;
  tags: { Key: string; Value: string }[];
  readonly versions: Map<string, SecretVersion>;
  policy: string | undefined;
  rotation: {
    enabled: boolean;
    lambdaArn: string | undefined;
    rules: Record<string, unknown> | undefined;
    lastRotated: Date | undefined;
  };
}

export type AttributeValue = Readonly<Record<string, unknown>>;
export type Item = Record<string, AttributeValue>;

export interface TableRecord {
  readonly name: string;
  readonly arn: string;
  readonly tableId: string;
  readonly keySchema: readonly { readonly AttributeName: string; readonly KeyType: 'HASH' | 'RANGE' }[];
  readonly attributeDefinitions: readonly {
    readonly AttributeName: string;
    readonly AttributeType: string;
  }[];
  readonly billingMode: string;
  readonly provisioned: { readonly read: number; readonly write: number };
  readonly createdAt: Date;
  readonly items: Map<string, Item>;
}

/** Everything one Region of the emulated account holds. */
export interface RegionState {
  readonly region: string;
  readonly instances: Map<string, InstanceRecord>;
  readonly clusters: Map<string, ClusterRecord>;
  readonly events: EventRecord[];
  readonly alarms: AlarmRecord[];
  readonly pendingMaintenance: PendingMaintenanceRecord[];
  /** The fleet file's own series, keyed by namespace|metric|sorted dimensions (see metricKey). */
  readonly metrics: Map<string, MetricSeries>;
  readonly parameters: Map<string, ParameterRecord>;
  readonly bastions: BastionRecord[];
  readonly commands: Map<string, CommandRecord>;
  readonly automations: Map<string, AutomationRecord>;
  readonly topics: Map<string, TopicRecord>;
  readonly secrets: Map<string, SecretRecord>;
  readonly tables: Map<string, TableRecord>;
}

export type CannedOutputs = Readonly<Record<string, Readonly<Record<string, FleetCannedOutput | string>>>>;

/**
 * The ids the domain works with: CloudWatch metrics, instance properties, time windows, log types, session
 * metrics and notification states. The interaction model uses the same strings as its slot value ids, so
 * intents/ re-uses them to read slots; the domain never needs to know an intent exists.
 */

/** Slot ids (entity-resolution ids) of the METRIC type: the CloudWatch metric names for RDS. */
export const METRIC_IDS = [
  'CPUUtilization',
  'FreeableMemory',
  'FreeStorageSpace',
  'DatabaseConnections',
  'ReadIOPS',
  'WriteIOPS',
  'ReadLatency',
  'WriteLatency',
  'ReadThroughput',
  'WriteThroughput',
  'NetworkReceiveThroughput',
  'NetworkTransmitThroughput',
  'SwapUsage',
  'ReplicaLag',
  'DiskQueueDepth',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** Slot ids of the PROPERTY type. */
export const PROPERTY_IDS = [
  'status',
  'engine',
  'engineVersion',
  'instanceClass',
  'storageType',
  'allocatedStorage',
  'multiAz',
  'availabilityZone',
  'endpoint',
  'parameterGroup',
  'backupRetention',
  'latestRestorableTime',
  'masterUsername',
  'publiclyAccessible',
  'autoMinorUpgrade',
  'licenseModel',
  'dbName',
  'cluster',
  'storageEncrypted',
  'iops',
  'maintenanceWindow',
  'backupWindow',
  'deletionProtection',
  'performanceInsights',
  'caCertificate',
  'certificateExpiry',
] as const;
export type PropertyId = (typeof PROPERTY_IDS)[number];

/** Slot ids of the WINDOW type ("now", "an hour ago" is AMAZON.DURATION instead). */
export const WINDOW_IDS = ['now', 'lastHour', 'lastDay'] as const;

/** Slot ids of the LOG_TYPE type. */
export const LOG_TYPE_IDS = [
  'alert',
  'error',
  'slowquery',
  'general',
  'postgresql',
  'audit',
  'trace',
  'listener',
  'agent',
] as const;
export type LogTypeId = (typeof LOG_TYPE_IDS)[number];

export const SESSION_METRIC_IDS = ['cpu', 'memory', 'dbtime'] as const;
export type SessionMetricId = (typeof SESSION_METRIC_IDS)[number];

export const NOTIFICATION_STATE_IDS = ['on', 'off', 'status'] as const;

/**
 * Slot ids of the ENGINE type: engine families as people name them. A family takes in its Aurora flavour
 * ("MySQL instances" include Aurora MySQL); "Aurora" alone is every Aurora engine.
 */
export const ENGINE_FAMILY_IDS = [
  'mysql',
  'postgres',
  'mariadb',
  'oracle',
  'sqlserver',
  'db2',
  'aurora',
  'auroraMysql',
  'auroraPostgres',
] as const;
export type EngineFamilyId = (typeof ENGINE_FAMILY_IDS)[number];

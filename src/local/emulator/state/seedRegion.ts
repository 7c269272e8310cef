import { hashString } from '../core/hashString.js';
import { lazy } from '../core/lazy.js';
import { stableId } from '../core/stableId.js';
import { defaultLogErrors } from '../fleet/defaultLogErrors.js';
import { defaultLogFiles } from '../fleet/defaultLogFiles.js';
import { defaultMetricSeries } from '../fleet/defaultMetricSeries.js';
import { engineDefaults } from '../fleet/engineDefaults.js';
import type { FleetInstance, FleetLogFile, FleetRegion } from '../fleet/Fleet.js';
import { generateLogLines } from '../fleet/generateLogLines.js';
import { generateSlowQueryLines } from '../fleet/generateSlowQueryLines.js';
import { parameterGroupName } from '../fleet/parameterGroupName.js';
import { engineFamily } from '../services/rds/engineFamily.js';
import { rdsArn } from '../services/rds/rdsArn.js';
import { emptyRegionState } from './emptyRegionState.js';
import { metricKey } from './metricKey.js';
import type {
  InstanceRecord,
  LogFileRecord,
  MetricSeries,
  RegionState,
  SecretRecord,
} from './RegionState.js';

const minutesBefore = (at: Date, minutes: number): Date => new Date(at.getTime() - minutes * 60_000);

function logFile(
  family: ReturnType<typeof engineFamily>,
  id: string,
  log: FleetLogFile,
  seededAt: Date,
): LogFileRecord {
  const lastWritten = minutesBefore(seededAt, log.lastWrittenMinutesAgo ?? 0);
  const lines = log.lines
    ? [...log.lines]
    : log.content !== undefined
      ? log.content.replace(/\n$/, '').split('\n')
      : log.name.startsWith('slowquery/')
        ? // A slow query log holds slow-query entries (five lines each), never error-log lines.
          generateSlowQueryLines(Math.ceil((log.generate?.lines ?? 60) / 5), lastWritten, `${id}/${log.name}`)
        : generateLogLines(
            family,
            log.generate?.lines ?? 200,
            log.generate?.errors ?? defaultLogErrors[family],
            lastWritten,
            `${id}/${log.name}`,
          );
  return { name: log.name, lines, lastWritten };
}

const byName = (series: readonly MetricSeries[]): ReadonlyMap<string, MetricSeries> =>
  new Map(series.map((s) => [s.metricName, s]));

function buildInstance(
  region: string,
  account: string,
  fleet: FleetInstance,
  seededAt: Date,
  auroraReader: () => boolean,
): InstanceRecord {
  const identifier = fleet.identifier.toLowerCase();
  const defaults = engineDefaults(fleet.engine);
  const family = engineFamily(fleet.engine);
  const engineVersion = fleet.engineVersion ?? defaults.engineVersion;
  const hostSuffix = stableId(`${account}/${region}`, 12, 'abcdefghijklmnopqrstuvwxyz0123456789');
  const multiAz = fleet.multiAz ?? false;
  const ageDays = 30 + (hashString(identifier) % 900);
  return {
    identifier,
    engine: fleet.engine,
    engineVersion,
    instanceClass: fleet.class ?? defaults.instanceClass,
    statusTimeline: [{ at: new Date(0), status: fleet.status ?? 'available' }],
    multiAz,
    availabilityZone: fleet.availabilityZone ?? `${region}a`,
    secondaryAvailabilityZone: multiAz ? (fleet.secondaryAvailabilityZone ?? `${region}b`) : undefined,
    endpoint: {
      host: fleet.endpoint?.host ?? `${identifier}.${hostSuffix}.${region}.rds.amazonaws.com`,
      port: fleet.endpoint?.port ?? defaults.port,
    },
    storage: {
      type: fleet.storage?.type ?? 'gp3',
      allocatedGb: fleet.storage?.allocatedGb ?? 100,
      maxAllocatedGb: fleet.storage?.maxAllocatedGb,
      iops:
        fleet.storage?.iops ??
        (fleet.storage?.type === 'io1' || fleet.storage?.type === 'io2' ? 3000 : undefined),
      encrypted: fleet.storage?.encrypted ?? true,
    },
    masterUsername: fleet.masterUsername ?? defaults.masterUsername,
    dbName: fleet.dbName,
    licenseModel: fleet.licenseModel ?? defaults.licenseModel,
    parameterGroup: fleet.parameterGroup ?? parameterGroupName(fleet.engine, engineVersion),
    optionGroup:
      fleet.optionGroup ?? `default:${fleet.engine}-${engineVersion.split('.').slice(0, 2).join('-')}`,
    backupRetentionDays: fleet.backupRetentionDays ?? 7,
    publiclyAccessible: fleet.publiclyAccessible ?? false,
    autoMinorVersionUpgrade: fleet.autoMinorVersionUpgrade ?? true,
    deletionProtection: fleet.deletionProtection ?? true,
    performanceInsights: fleet.performanceInsights ?? false,
    createdAt: fleet.createdAt
      ? new Date(fleet.createdAt)
      : new Date(seededAt.getTime() - ageDays * 86_400_000),
    clusterId: fleet.clusterId?.toLowerCase(),
    promotionTier: fleet.promotionTier ?? 1,
    resourceId: `db-${stableId(`${region}/${identifier}`, 26)}`,
    arn: rdsArn(region, account, 'db', identifier),
    tags: { ...(fleet.tags ?? {}) },
    metrics: lazy(() =>
      byName(
        defaultMetricSeries({
          dimension: 'DBInstanceIdentifier',
          identifier,
          allocatedGb: fleet.engine.startsWith('aurora') ? undefined : (fleet.storage?.allocatedGb ?? 100),
          aurora: fleet.engine.startsWith('aurora'),
          auroraReader: auroraReader(),
          overrides: fleet.metrics,
        }),
      ),
    ),
    logs: lazy(() =>
      fleet.logs
        ? fleet.logs.map((log) => logFile(family, identifier, log, seededAt))
        : defaultLogFiles(family, identifier, seededAt),
    ),
  };
}

function secretRecord(
  region: string,
  account: string,
  name: string,
  value: string,
  seededAt: Date,
): SecretRecord {
  const versionId = `${stableId(`${name}/v1`, 8, '0123456789abcdef')}-0000-4000-8000-${stableId(name, 12, '0123456789abcdef')}`;
  return {
    arn: `arn:aws:secretsmanager:${region}:${account}:secret:${name}-${stableId(name, 6, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}`,
    name,
    description: undefined,
    kmsKeyId: undefined,
    createdAt: minutesBefore(seededAt, 60 * 24 * 30),
    lastChangedAt: minutesBefore(seededAt, 60 * 24 * 30),
    lastAccessedAt: undefined,
    deletionDate: undefined,
    deletedAt: undefined,
    tags: [],
    versions: new Map([
      [
        versionId,
        {
          versionId,
          secretString: value,
          secretBinary: undefined,
          createdAt: minutesBefore(seededAt, 60 * 24 * 30),
          stages: new Set(['AWSCURRENT']),
        },
      ],
    ]),
    policy: undefined,
    rotation: { enabled: false, lambdaArn: undefined, rules: undefined, lastRotated: undefined },
  };
}

/** Builds one Region's state from its part of the fleet file. */
export function seedRegion(region: string, account: string, fleet: FleetRegion, seededAt: Date): RegionState {
  const state = emptyRegionState(region);
  const addSeries = (series: MetricSeries): void => {
    state.metrics.set(metricKey(series.namespace, series.metricName, series.dimensions), series);
  };

  for (const cluster of fleet.clusters ?? []) {
    const identifier = cluster.identifier.toLowerCase();
    const suffix = stableId(`${account}/${region}`, 12, 'abcdefghijklmnopqrstuvwxyz0123456789');
    const defaults = engineDefaults(cluster.engine);
    state.clusters.set(identifier, {
      identifier,
      engine: cluster.engine,
      engineVersion: cluster.engineVersion ?? defaults.engineVersion,
      statusTimeline: [{ at: new Date(0), status: cluster.status ?? 'available' }],
      writer: cluster.writer?.toLowerCase(),
      port: cluster.port ?? defaults.port,
      endpoint: cluster.endpoint ?? `${identifier}.cluster-${suffix}.${region}.rds.amazonaws.com`,
      readerEndpoint:
        cluster.readerEndpoint ?? `${identifier}.cluster-ro-${suffix}.${region}.rds.amazonaws.com`,
      databaseName: cluster.databaseName,
      masterUsername: cluster.masterUsername ?? defaults.masterUsername,
      createdAt: new Date(seededAt.getTime() - (60 + (hashString(identifier) % 600)) * 86_400_000),
      resourceId: `cluster-${stableId(`${region}/${identifier}`, 26)}`,
      arn: rdsArn(region, account, 'cluster', identifier),
      tags: { ...(cluster.tags ?? {}) },
      metrics: lazy(() =>
        byName(
          defaultMetricSeries({ dimension: 'DBClusterIdentifier', identifier, overrides: cluster.metrics }),
        ),
      ),
    });
  }
  for (const fleetInstance of fleet.instances ?? []) {
    const instance = buildInstance(region, account, fleetInstance, seededAt, () => {
      const cluster = instance.clusterId ? state.clusters.get(instance.clusterId) : undefined;
      return cluster !== undefined && cluster.writer !== instance.identifier;
    });
    state.instances.set(instance.identifier, instance);
    const cluster = instance.clusterId ? state.clusters.get(instance.clusterId) : undefined;
    // The first member listed is the writer unless the cluster names one.
    if (cluster && cluster.writer === undefined) cluster.writer = instance.identifier;
  }

  for (const metric of fleet.metrics ?? []) {
    addSeries({
      namespace: metric.namespace,
      metricName: metric.name,
      dimensions: { ...(metric.dimensions ?? {}) },
      unit: metric.unit ?? 'None',
      generator:
        metric.baseline === undefined
          ? undefined
          : {
              baseline: metric.baseline,
              noise: metric.noise ?? 0,
              amplitude: metric.amplitude ?? 0,
              min: metric.min ?? Number.NEGATIVE_INFINITY,
              max: metric.max ?? Number.POSITIVE_INFINITY,
            },
      points: (metric.points ?? []).map((point) => ({
        at: point.timestamp ? new Date(point.timestamp) : minutesBefore(seededAt, point.minutesAgo ?? 0),
        value: point.value,
      })),
    });
  }

  for (const alarm of fleet.alarms ?? []) {
    const alarmState = alarm.state ?? 'OK';
    const comparison = alarm.comparison ?? 'GreaterThanThreshold';
    state.alarms.push({
      name: alarm.name,
      arn: `arn:aws:cloudwatch:${region}:${account}:alarm:${alarm.name}`,
      namespace: alarm.namespace ?? 'AWS/RDS',
      metricName: alarm.metric,
      dimensions: { ...(alarm.dimensions ?? {}) },
      state: alarmState,
      reason:
        alarm.reason ??
        (alarmState === 'ALARM'
          ? `Threshold Crossed: 1 datapoint was ${comparison === 'LessThanThreshold' ? 'less' : 'greater'} than the threshold (${alarm.threshold}).`
          : alarmState === 'OK'
            ? `Threshold Crossed: 1 datapoint was not ${comparison === 'LessThanThreshold' ? 'less' : 'greater'} than the threshold (${alarm.threshold}).`
            : 'Insufficient Data: 1 datapoint was unknown.'),
      updatedAt: minutesBefore(seededAt, alarm.updatedMinutesAgo ?? 15),
      threshold: alarm.threshold,
      comparison,
      statistic: alarm.statistic ?? 'Average',
      period: alarm.period ?? 300,
      evaluationPeriods: alarm.evaluationPeriods ?? 1,
      description: alarm.description,
      actions: [...(alarm.actions ?? [])],
    });
  }

  for (const pending of fleet.pendingMaintenance ?? []) {
    const resource = pending.resource.toLowerCase();
    const arnType = pending.resourceType === 'db-cluster' ? 'cluster' : 'db';
    const due =
      pending.dueInDays === undefined
        ? undefined
        : new Date(seededAt.getTime() + pending.dueInDays * 86_400_000);
    state.pendingMaintenance.push({
      resourceArn: rdsArn(region, account, arnType, resource),
      action: pending.action,
      description: pending.description ?? 'New Operating System update is available',
      // A required action is applied by RDS itself: in the window after AutoAppliedAfterDate, at the latest on
      // ForcedApplyDate. An optional one has neither date.
      autoAppliedAfter: pending.required ? due : undefined,
      forcedApply: pending.required && due ? new Date(due.getTime() + 7 * 86_400_000) : undefined,
      currentApply: due,
    });
  }

  for (const event of fleet.events ?? []) {
    const sourceType = event.sourceType ?? 'db-instance';
    const source = event.source.toLowerCase();
    const arnType =
      sourceType === 'db-cluster'
        ? 'cluster'
        : sourceType === 'db-instance'
          ? 'db'
          : sourceType.replace(/^db-/, '');
    state.events.push({
      sourceIdentifier: source,
      sourceType,
      message: event.message,
      categories: [...(event.categories ?? [])],
      date: event.date ? new Date(event.date) : minutesBefore(seededAt, event.minutesAgo ?? 30),
      sourceArn: `arn:aws:rds:${region}:${account}:${arnType}:${source}`,
    });
  }

  for (const parameter of fleet.parameters ?? []) {
    state.parameters.set(parameter.name, {
      name: parameter.name,
      type: parameter.type ?? 'String',
      value: parameter.value,
      version: 1,
      lastModified: minutesBefore(seededAt, 60 * 24),
      description: parameter.description,
      dataType: 'text',
    });
  }

  for (const bastion of fleet.bastions ?? []) {
    state.bastions.push({
      instanceId: bastion.instanceId,
      name: bastion.name,
      online: bastion.online ?? true,
    });
  }

  for (const name of fleet.topics ?? []) {
    const arn = `arn:aws:sns:${region}:${account}:${name}`;
    state.topics.set(arn, { arn, name, attributes: {}, messages: [] });
  }

  for (const secret of fleet.secrets ?? []) {
    const value = typeof secret.value === 'string' ? secret.value : JSON.stringify(secret.value);
    const record = secretRecord(region, account, secret.name, value, seededAt);
    record.description = secret.description;
    record.tags = Object.entries(secret.tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
    state.secrets.set(record.arn, record);
  }

  for (const table of fleet.tables ?? []) {
    const keySchema = [
      { AttributeName: table.partitionKey, KeyType: 'HASH' as const },
      ...(table.sortKey ? [{ AttributeName: table.sortKey, KeyType: 'RANGE' as const }] : []),
    ];
    state.tables.set(table.name, {
      name: table.name,
      arn: `arn:aws:dynamodb:${region}:${account}:table/${table.name}`,
      tableId: `${stableId(table.name, 8, '0123456789abcdef')}-0000-4000-8000-000000000000`,
      keySchema,
      attributeDefinitions: [
        { AttributeName: table.partitionKey, AttributeType: table.partitionKeyType ?? 'S' },
        ...(table.sortKey ? [{ AttributeName: table.sortKey, AttributeType: table.sortKeyType ?? 'S' }] : []),
      ],
      billingMode: 'PAY_PER_REQUEST',
      provisioned: { read: 0, write: 0 },
      createdAt: minutesBefore(seededAt, 60 * 24 * 7),
      items: new Map(),
    });
  }
  return state;
}

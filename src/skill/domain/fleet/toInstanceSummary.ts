import type { DBInstance } from '@aws-sdk/client-rds';
import { MasterSecretTag } from '../../../contract/MasterSecretTag.js';
import type { SkillConfig } from '../config/SkillConfig.js';
import { optedInToTasks } from '../tasks/optedInToTasks.js';
import type { DbInstanceSummary } from './DbInstanceSummary.js';
import { nameReadings } from './nameReadings.js';

/** Only the fields that are set, so optional ones stay absent rather than `undefined`. */
function defined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Reads a DescribeDBInstances entry and its TagList (returned inline, so no ListTagsForResource). */
export function toInstanceSummary(
  raw: DBInstance,
  region: string,
  tagKeys: SkillConfig['tagKeys'],
): DbInstanceSummary {
  const tags = new Map<string, string>();
  for (const tag of raw.TagList ?? []) {
    if (tag.Key && tag.Value !== undefined) tags.set(tag.Key.toLowerCase(), tag.Value);
  }
  const identifier = raw.DBInstanceIdentifier ?? 'unknown';
  const readings = nameReadings(tags, tagKeys.instance);
  const applicationReadings = nameReadings(tags, tagKeys.application);
  const address = raw.Endpoint?.Address;
  return {
    identifier,
    arn: raw.DBInstanceArn ?? '',
    region,
    name: tags.get(tagKeys.instance.toLowerCase()) || identifier,
    engine: raw.Engine ?? 'unknown',
    engineVersion: raw.EngineVersion ?? '',
    status: raw.DBInstanceStatus ?? 'unknown',
    instanceClass: raw.DBInstanceClass ?? '',
    multiAz: raw.MultiAZ === true,
    optedInToTasks: optedInToTasks(raw.TagList),
    parameterGroups: (raw.DBParameterGroups ?? [])
      .map((group) => group.DBParameterGroupName ?? '')
      .filter((name) => name !== ''),
    ...defined({
      application: tags.get(tagKeys.application.toLowerCase()) || undefined,
      readings: Object.keys(readings).length > 0 ? readings : undefined,
      applicationReadings: Object.keys(applicationReadings).length > 0 ? applicationReadings : undefined,
      environment: tags.get(tagKeys.environment.toLowerCase()) || undefined,
      clusterIdentifier: raw.DBClusterIdentifier || undefined,
      endpoint: address ? { address, port: raw.Endpoint?.Port ?? 0 } : undefined,
      dbName: raw.DBName || undefined,
      allocatedStorageGb: raw.AllocatedStorage,
      storageType: raw.StorageType,
      availabilityZone: raw.AvailabilityZone,
      backupRetentionDays: raw.BackupRetentionPeriod,
      latestRestorableTime: raw.LatestRestorableTime ? new Date(raw.LatestRestorableTime) : undefined,
      masterUsername: raw.MasterUsername,
      publiclyAccessible: raw.PubliclyAccessible,
      autoMinorVersionUpgrade: raw.AutoMinorVersionUpgrade,
      licenseModel: raw.LicenseModel,
      storageEncrypted: raw.StorageEncrypted,
      iops: raw.Iops,
      kmsKeyId: raw.KmsKeyId || undefined,
      maintenanceWindow: raw.PreferredMaintenanceWindow || undefined,
      backupWindow: raw.PreferredBackupWindow || undefined,
      deletionProtection: raw.DeletionProtection,
      performanceInsights: raw.PerformanceInsightsEnabled,
      masterSecret: tags.get(MasterSecretTag.key) || raw.MasterUserSecret?.SecretArn || undefined,
      caCertificate: raw.CACertificateIdentifier || undefined,
      certificateValidTill: raw.CertificateDetails?.ValidTill
        ? new Date(raw.CertificateDetails.ValidTill)
        : undefined,
    }),
  };
}

import { hashString } from '../../core/hashString.js';
import { statusAt } from '../../core/statusAt.js';
import { tagList } from '../../core/tagList.js';
import type { WireValue } from '../../core/WireValue.js';
import type { InstanceRecord } from '../../state/RegionState.js';
import { logExports } from './logExports.js';

/** The DBInstance structure as DescribeDBInstances returns it, TagList included. */
export function toDBInstance(
  instance: InstanceRecord,
  region: string,
  account: string,
  now: Date,
): WireValue {
  const aurora = instance.engine.startsWith('aurora');
  const suffix = hashString(`${region}/${account}`).toString(16).padStart(8, '0');
  return {
    DBInstanceIdentifier: instance.identifier,
    DBInstanceClass: instance.instanceClass,
    Engine: instance.engine,
    DBInstanceStatus: statusAt(instance.statusTimeline, now),
    MasterUsername: instance.masterUsername,
    DBName: instance.dbName,
    Endpoint: {
      Address: instance.endpoint.host,
      Port: instance.endpoint.port,
      HostedZoneId: 'Z1PVIF0B656C1W',
    },
    AllocatedStorage: aurora ? 1 : instance.storage.allocatedGb,
    InstanceCreateTime: instance.createdAt,
    PreferredBackupWindow: '07:00-07:30',
    BackupRetentionPeriod: instance.backupRetentionDays,
    DBSecurityGroups: [],
    VpcSecurityGroups: [{ VpcSecurityGroupId: `sg-0${suffix}a1b2c3d4`, Status: 'active' }],
    DBParameterGroups: [{ DBParameterGroupName: instance.parameterGroup, ParameterApplyStatus: 'in-sync' }],
    AvailabilityZone: instance.availabilityZone,
    DBSubnetGroup: {
      DBSubnetGroupName: 'dbvoice-private',
      DBSubnetGroupDescription: 'Private database subnets',
      VpcId: `vpc-0${suffix}f00d`,
      SubnetGroupStatus: 'Complete',
      Subnets: [],
    },
    PreferredMaintenanceWindow: 'sun:08:00-sun:08:30',
    PendingModifiedValues: {},
    LatestRestorableTime:
      instance.backupRetentionDays > 0 ? new Date(Math.floor(now.getTime() / 300_000) * 300_000) : undefined,
    MultiAZ: instance.multiAz,
    EngineVersion: instance.engineVersion,
    AutoMinorVersionUpgrade: instance.autoMinorVersionUpgrade,
    ReadReplicaDBInstanceIdentifiers: [],
    LicenseModel: instance.licenseModel,
    Iops: instance.storage.iops,
    OptionGroupMemberships: [{ OptionGroupName: instance.optionGroup, Status: 'in-sync' }],
    SecondaryAvailabilityZone: instance.multiAz ? instance.secondaryAvailabilityZone : undefined,
    PubliclyAccessible: instance.publiclyAccessible,
    StorageType: aurora ? 'aurora' : instance.storage.type,
    DbInstancePort: 0,
    DBClusterIdentifier: instance.clusterId,
    StorageEncrypted: instance.storage.encrypted,
    KmsKeyId: instance.storage.encrypted
      ? `arn:aws:kms:${region}:${account}:key/${suffix}-dbvoice`
      : undefined,
    DbiResourceId: instance.resourceId,
    CACertificateIdentifier: 'rds-ca-rsa2048-g1',
    DomainMemberships: [],
    CopyTagsToSnapshot: true,
    MonitoringInterval: 60,
    PromotionTier: aurora ? instance.promotionTier : undefined,
    DBInstanceArn: instance.arn,
    IAMDatabaseAuthenticationEnabled: false,
    PerformanceInsightsEnabled: instance.performanceInsights,
    EnabledCloudwatchLogsExports: logExports(instance.engine),
    DeletionProtection: instance.deletionProtection,
    MaxAllocatedStorage: aurora ? undefined : instance.storage.maxAllocatedGb,
    TagList: tagList(instance.tags),
    CustomerOwnedIpEnabled: false,
    BackupTarget: 'region',
    NetworkType: 'IPV4',
    StorageThroughput: instance.storage.type === 'gp3' ? 125 : undefined,
    CertificateDetails: { CAIdentifier: 'rds-ca-rsa2048-g1', ValidTill: new Date('2061-05-20T00:00:00Z') },
    DedicatedLogVolume: false,
  };
}

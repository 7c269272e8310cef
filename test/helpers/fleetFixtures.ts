import type { DBInstance } from '@aws-sdk/client-rds';
import { TaskOptInTag } from '../../src/contract/TaskOptInTag.js';

export interface InstanceSpec {
  identifier: string;
  name?: string;
  application?: string;
  environment?: string;
  engine?: string;
  status?: string;
  multiAz?: boolean;
  cluster?: string;
  region?: string;
  /** Carries the task opt-in tag (default true, as a fleet an operator set up for reboots would). */
  optedInToTasks?: boolean;
  extra?: Partial<DBInstance>;
}

/** A DescribeDBInstances entry with its TagList, as RDS returns it. */
export function dbInstance(spec: InstanceSpec): DBInstance {
  const region = spec.region ?? 'us-west-2';
  const tags = [
    ...(spec.name ? [{ Key: 'instance', Value: spec.name }] : []),
    ...(spec.application ? [{ Key: 'application', Value: spec.application }] : []),
    ...(spec.environment ? [{ Key: 'environment', Value: spec.environment }] : []),
    ...(spec.optedInToTasks === false ? [] : [{ Key: TaskOptInTag.key, Value: TaskOptInTag.value }]),
  ];
  return {
    DBInstanceIdentifier: spec.identifier,
    DBInstanceArn: `arn:aws:rds:${region}:123456789012:db:${spec.identifier}`,
    Engine: spec.engine ?? 'mysql',
    EngineVersion: '8.0.39',
    DBInstanceStatus: spec.status ?? 'available',
    DBInstanceClass: 'db.r6g.large',
    MultiAZ: spec.multiAz ?? false,
    AvailabilityZone: `${region}a`,
    Endpoint: { Address: `${spec.identifier}.abc.${region}.rds.amazonaws.com`, Port: 3306 },
    AllocatedStorage: 100,
    StorageType: 'gp3',
    BackupRetentionPeriod: 7,
    MasterUsername: 'admin',
    PubliclyAccessible: false,
    AutoMinorVersionUpgrade: true,
    LicenseModel: 'general-public-license',
    DBParameterGroups: [{ DBParameterGroupName: 'default.mysql8.0', ParameterApplyStatus: 'in-sync' }],
    ...(spec.cluster ? { DBClusterIdentifier: spec.cluster } : {}),
    TagList: tags,
    ...spec.extra,
  };
}

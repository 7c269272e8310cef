import type { ListMemberNames } from '../../protocols/ListMemberNames.js';

/** Item element names of RDS lists (from the service model), keyed by list or Parent.List. */
export const rdsListMembers: ListMemberNames = {
  DBInstances: 'DBInstance',
  DBClusters: 'DBCluster',
  DBSecurityGroups: 'DBSecurityGroup',
  VpcSecurityGroups: 'VpcSecurityGroupMembership',
  DBParameterGroups: 'DBParameterGroup',
  Subnets: 'Subnet',
  ReadReplicaDBInstanceIdentifiers: 'ReadReplicaDBInstanceIdentifier',
  ReadReplicaDBClusterIdentifiers: 'ReadReplicaDBClusterIdentifier',
  ReadReplicaIdentifiers: 'ReadReplicaIdentifier',
  OptionGroupMemberships: 'OptionGroupMembership',
  DBClusterOptionGroupMemberships: 'DBClusterOptionGroup',
  'DBInstance.StatusInfos': 'DBInstanceStatusInfo',
  'DBCluster.StatusInfos': 'DBClusterStatusInfo',
  'DBInstance.AssociatedRoles': 'DBInstanceRole',
  'DBCluster.AssociatedRoles': 'DBClusterRole',
  DomainMemberships: 'DomainMembership',
  ProcessorFeatures: 'ProcessorFeature',
  TagList: 'Tag',
  AvailabilityZones: 'AvailabilityZone',
  DBClusterMembers: 'DBClusterMember',
  Events: 'Event',
  EventCategories: 'EventCategory',
  DescribeDBLogFiles: 'DescribeDBLogFilesDetails',
};

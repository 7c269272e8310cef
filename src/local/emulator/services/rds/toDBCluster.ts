import { statusAt } from '../../core/statusAt.js';
import { tagList } from '../../core/tagList.js';
import type { WireValue } from '../../core/WireValue.js';
import type { ClusterRecord, RegionState } from '../../state/RegionState.js';

/** The DBCluster structure; members are the instances whose clusterId names this cluster. */
export function toDBCluster(cluster: ClusterRecord, regionState: RegionState, now: Date): WireValue {
  const members = [...regionState.instances.values()].filter((i) => i.clusterId === cluster.identifier);
  const region = regionState.region;
  const family = cluster.engine === 'aurora-postgresql' ? 'aurora-postgresql16' : 'aurora-mysql8.0';
  return {
    AllocatedStorage: 1,
    AvailabilityZones: [`${region}a`, `${region}b`, `${region}c`],
    BackupRetentionPeriod: 7,
    DatabaseName: cluster.databaseName,
    DBClusterIdentifier: cluster.identifier,
    DBClusterParameterGroup: `default.${family}`,
    DBSubnetGroup: 'dbvoice-private',
    Status: statusAt(cluster.statusTimeline, now),
    EarliestRestorableTime: new Date(now.getTime() - 7 * 86_400_000),
    Endpoint: cluster.endpoint,
    ReaderEndpoint: cluster.readerEndpoint,
    MultiAZ: members.length > 1,
    Engine: cluster.engine,
    EngineVersion: cluster.engineVersion,
    LatestRestorableTime: new Date(Math.floor(now.getTime() / 300_000) * 300_000),
    Port: cluster.port,
    MasterUsername: cluster.masterUsername,
    PreferredBackupWindow: '07:00-07:30',
    PreferredMaintenanceWindow: 'sun:08:00-sun:08:30',
    ReadReplicaIdentifiers: [],
    DBClusterMembers: members.map((member) => ({
      DBInstanceIdentifier: member.identifier,
      IsClusterWriter: member.identifier === cluster.writer,
      DBClusterParameterGroupStatus: 'in-sync',
      PromotionTier: member.promotionTier,
    })),
    VpcSecurityGroups: [],
    HostedZoneId: 'Z1PVIF0B656C1W',
    StorageEncrypted: true,
    DbClusterResourceId: cluster.resourceId,
    DBClusterArn: cluster.arn,
    IAMDatabaseAuthenticationEnabled: false,
    ClusterCreateTime: cluster.createdAt,
    EngineMode: 'provisioned',
    DeletionProtection: true,
    HttpEndpointEnabled: false,
    CopyTagsToSnapshot: true,
    CrossAccountClone: false,
    DomainMemberships: [],
    TagList: tagList(cluster.tags),
    StorageType: 'aurora',
    NetworkType: 'IPV4',
  };
}

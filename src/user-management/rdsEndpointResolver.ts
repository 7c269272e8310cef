import { paginateDescribeDBClusters, paginateDescribeDBInstances, type RDSClient } from '@aws-sdk/client-rds';

export interface DatabaseEndpoint {
  readonly host: string;
  readonly port: number;
  readonly engine: string;
}

/** Finds the database whose RDS-managed master secret has this ARN; undefined when none does. */
export type EndpointResolver = (masterSecretArn: string) => Promise<DatabaseEndpoint | undefined>;

/**
 * RDS-managed master secrets (ManageMasterUserPassword, named rds!db-... / rds!cluster-...) hold only
 * username and password. The endpoint is found by asking RDS which cluster or instance owns the secret:
 * clusters first (Aurora keeps the secret on the cluster), then instances. Neither API filters by secret,
 * so this pages through the Region once.
 */
export function createRdsEndpointResolver(rds: RDSClient): EndpointResolver {
  return async (masterSecretArn) => {
    for await (const page of paginateDescribeDBClusters({ client: rds }, {})) {
      for (const cluster of page.DBClusters ?? []) {
        if (cluster.MasterUserSecret?.SecretArn === masterSecretArn && cluster.Endpoint && cluster.Port) {
          return { host: cluster.Endpoint, port: cluster.Port, engine: cluster.Engine ?? 'aurora-mysql' };
        }
      }
    }
    for await (const page of paginateDescribeDBInstances({ client: rds }, {})) {
      for (const instance of page.DBInstances ?? []) {
        const endpoint = instance.Endpoint;
        if (instance.MasterUserSecret?.SecretArn === masterSecretArn && endpoint?.Address && endpoint.Port) {
          return { host: endpoint.Address, port: endpoint.Port, engine: instance.Engine ?? 'mysql' };
        }
      }
    }
    return undefined;
  };
}

import { DescribeDBClustersCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRdsEndpointResolver } from '../../../src/user-management/rdsEndpointResolver.js';

const SECRET = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:rds!db-1234-AbCdEf';

describe('RDS: createRdsEndpointResolver', () => {
  const client = new RDSClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  });
  const rds = mockClient(client);
  beforeEach(() => rds.reset());

  it('finds an Aurora cluster by its managed master secret, paging through clusters', async () => {
    // Prepare
    rds
      .on(DescribeDBClustersCommand, { Marker: undefined })
      .resolves({ DBClusters: [{ Endpoint: 'other', Port: 3306 }], Marker: 'page2' })
      .on(DescribeDBClustersCommand, { Marker: 'page2' })
      .resolves({
        DBClusters: [
          {
            Endpoint: 'app.cluster-x.rds.amazonaws.com',
            Port: 3306,
            Engine: 'aurora-mysql',
            MasterUserSecret: { SecretArn: SECRET },
          },
        ],
      });

    // Act
    const endpoint = await createRdsEndpointResolver(client)(SECRET);

    // Assess
    expect(endpoint).toEqual({ host: 'app.cluster-x.rds.amazonaws.com', port: 3306, engine: 'aurora-mysql' });
    expect(rds.commandCalls(DescribeDBInstancesCommand)).toHaveLength(0);
  });

  it('falls back to instances, and answers undefined when nothing uses the secret', async () => {
    // Prepare
    rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [] });
    rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [
        {
          Endpoint: { Address: 'db1.x.rds.amazonaws.com', Port: 3307 },
          Engine: 'mysql',
          MasterUserSecret: { SecretArn: SECRET },
        },
      ],
    });
    const resolve = createRdsEndpointResolver(client);

    // Act + Assess
    expect(await resolve(SECRET)).toEqual({ host: 'db1.x.rds.amazonaws.com', port: 3307, engine: 'mysql' });
    expect(await resolve(`${SECRET}x`)).toBeUndefined();
  });
});

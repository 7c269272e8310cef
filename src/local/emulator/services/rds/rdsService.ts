import type { ServiceDescriptor } from '../ServiceDescriptor.js';
import { DescribeDBClusters } from './DescribeDBClusters.js';
import { DescribeDBInstances } from './DescribeDBInstances.js';
import { DescribeDBLogFiles } from './DescribeDBLogFiles.js';
import { DescribeEvents } from './DescribeEvents.js';
import { DescribePendingMaintenanceActions } from './DescribePendingMaintenanceActions.js';
import { DownloadDBLogFilePortion } from './DownloadDBLogFilePortion.js';
import { FailoverDBCluster } from './FailoverDBCluster.js';
import { RebootDBInstance } from './RebootDBInstance.js';
import { rdsListMembers } from './rdsListMembers.js';

export const rdsService: ServiceDescriptor = {
  name: 'rds',
  signingName: 'rds',
  query: {
    version: '2014-10-31',
    xmlNamespace: 'http://rds.amazonaws.com/doc/2014-10-31/',
    listMembers: rdsListMembers,
  },
  faultCodes: { throttling: 'Throttling', internal: 'InternalFailure', unavailable: 'ServiceUnavailable' },
  operations: {
    DescribeDBInstances,
    DescribeDBClusters,
    DescribeEvents,
    DescribePendingMaintenanceActions,
    DescribeDBLogFiles,
    DownloadDBLogFilePortion,
    RebootDBInstance,
    FailoverDBCluster,
  },
};

// Only what the Lambdas use: a dynamic import of the whole package would keep all of its hundreds of
// commands in the chunk (esbuild cannot tree-shake a namespace it hands out), and load them at run time.
export {
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBLogFilesCommand,
  DescribeEventsCommand,
  DownloadDBLogFilePortionCommand,
  FailoverDBClusterCommand,
  paginateDescribeDBInstances,
  paginateDescribeDBLogFiles,
  paginateDescribeEvents,
  paginateDescribePendingMaintenanceActions,
  RDSClient,
  RebootDBInstanceCommand,
} from '@aws-sdk/client-rds';

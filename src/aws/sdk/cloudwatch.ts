// Only what the skill uses; see rds.ts for why the packages are not imported whole.
export {
  CloudWatchClient,
  GetMetricStatisticsCommand,
  paginateDescribeAlarms,
  paginateGetMetricData,
} from '@aws-sdk/client-cloudwatch';

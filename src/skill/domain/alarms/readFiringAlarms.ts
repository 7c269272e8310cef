import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { loadCloudWatch } from '../../../aws/sdk.js';
import type { Deadline } from '../Deadline.js';
import { readPages } from '../readPages.js';

/**
 * Every alarm in ALARM in one Region: one DescribeAlarms (StateValue=ALARM) per page of 100, within the
 * deadline. `cut` when the deadline stopped the paging; each caller decides what a partial list means.
 */
export async function readFiringAlarms(
  clients: AwsClients,
  region: string,
  deadline: Deadline,
): Promise<{ items: MetricAlarm[]; cut: boolean }> {
  const [client, { paginateDescribeAlarms }] = await Promise.all([
    clients.cloudWatch(region),
    loadCloudWatch(),
  ]);
  return callAws('DescribeAlarms', () =>
    readPages(
      paginateDescribeAlarms({ client, pageSize: 100 }, { StateValue: 'ALARM' }),
      deadline,
      (page) => page.MetricAlarms,
      (page) => page.NextToken !== undefined,
    ),
  );
}

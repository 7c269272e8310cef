import {
  CloudWatchClient,
  GetMetricStatisticsCommand,
  type GetMetricStatisticsCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createTestSkill, NOW } from '../../helpers/testSkill.js';

const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' };
const GB = 1024 ** 3;

let rds: ReturnType<typeof mockFleet>;
const cloudWatch = mockClient(CloudWatchClient);
beforeEach(() => {
  rds = mockFleet({ 'us-west-2': [dbInstance({ identifier: 'prod-reporting-01', name: 'reporting' })] });
  cloudWatch.reset();
});
afterEach(() => rds.restore());

function windowRequest(metric: { value: string; id: string }) {
  return intentRequest('CheckInstanceMetric', {
    metric,
    instance: { value: 'reporting' },
    region: OREGON,
    window: { value: 'last hour', id: 'lastHour' },
  });
}

describe('Handler: CheckInstanceMetric over a window', () => {
  it('says the lowest free memory of the hour, not its peak, and names it the low point', async () => {
    // Prepare
    cloudWatch.on(GetMetricStatisticsCommand).resolves({
      Datapoints: [
        {
          Timestamp: new Date(NOW - 600_000),
          Average: 4.6 * GB,
          Minimum: 4.2 * GB,
          Maximum: 5 * GB,
          Unit: 'Bytes',
        },
        {
          Timestamp: new Date(NOW - 300_000),
          Average: 4.4 * GB,
          Minimum: 4.3 * GB,
          Maximum: 6 * GB,
          Unit: 'Bytes',
        },
      ],
    });
    const { skill } = createTestSkill();

    // Act
    const response = await skill.invoke(windowRequest({ value: 'free memory', id: 'FreeableMemory' }));

    // Assess
    expect(spoken(response)).toBe(
      'Over the last hour, the freeable memory of reporting in Oregon was lowest at 4.2 gigabytes, with an average of 4.5 gigabytes.',
    );
    const input = cloudWatch.commandCalls(GetMetricStatisticsCommand)[0]!.args[0]
      .input as GetMetricStatisticsCommandInput;
    expect(input.Statistics).toContain('Minimum');
    expect(cloudWatch.commandCalls(GetMetricStatisticsCommand)).toHaveLength(1);
  });

  it('says the lowest free storage of the day', async () => {
    // Prepare
    cloudWatch.on(GetMetricStatisticsCommand).resolves({
      Datapoints: [
        {
          Timestamp: new Date(NOW - 7_200_000),
          Average: 20 * GB,
          Minimum: 18 * GB,
          Maximum: 22 * GB,
          Unit: 'Bytes',
        },
        {
          Timestamp: new Date(NOW - 3_600_000),
          Average: 16 * GB,
          Minimum: 12 * GB,
          Maximum: 19 * GB,
          Unit: 'Bytes',
        },
      ],
    });
    const { skill } = createTestSkill();

    // Act
    const response = await skill.invoke(
      intentRequest('CheckInstanceMetric', {
        metric: { value: 'free storage', id: 'FreeStorageSpace' },
        instance: { value: 'reporting' },
        region: OREGON,
        window: { value: 'last day', id: 'lastDay' },
      }),
    );

    // Assess
    expect(spoken(response)).toBe(
      'Over the last 24 hours, the free storage space of reporting in Oregon was lowest at 12 gigabytes, with an average of 18 gigabytes.',
    );
  });

  it('keeps the peak for CPU, connections and latency', async () => {
    // Prepare
    cloudWatch.on(GetMetricStatisticsCommand).resolves({
      Datapoints: [
        { Timestamp: new Date(NOW - 600_000), Average: 20, Minimum: 2, Maximum: 80, Unit: 'Percent' },
        { Timestamp: new Date(NOW - 300_000), Average: 30, Minimum: 5, Maximum: 60, Unit: 'Percent' },
      ],
    });
    const { skill } = createTestSkill();

    // Act
    const response = await skill.invoke(windowRequest({ value: 'cpu', id: 'CPUUtilization' }));

    // Assess
    expect(spoken(response)).toBe(
      'Over the last hour, the CPU utilization of reporting in Oregon averaged 25 percent, with a peak of 80 percent.',
    );
  });

  it('falls back to the averages when CloudWatch gives no minimum', async () => {
    // Prepare
    cloudWatch.on(GetMetricStatisticsCommand).resolves({
      Datapoints: [
        { Timestamp: new Date(NOW - 600_000), Average: 3 * GB, Unit: 'Bytes' },
        { Timestamp: new Date(NOW - 300_000), Average: 5 * GB, Unit: 'Bytes' },
      ],
    });
    const { skill } = createTestSkill();

    // Act
    const response = await skill.invoke(windowRequest({ value: 'free memory', id: 'FreeableMemory' }));

    // Assess
    expect(spoken(response)).toBe(
      'Over the last hour, the freeable memory of reporting in Oregon was lowest at 3 gigabytes, with an average of 4 gigabytes.',
    );
  });
});

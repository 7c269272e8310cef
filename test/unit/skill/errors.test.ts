import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createTestSkill } from '../../helpers/testSkill.js';

function sdkError(name: string, status: number): Error {
  return Object.assign(new Error(`${name} happened`), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
  });
}

const status = { property: { value: 'status', id: 'status' } };
let restore: () => void = () => {};
afterEach(() => restore());

describe('Handler errors: what the user hears', () => {
  it('offers the closest instance names when the instance is unknown', async () => {
    const rds = mockFleet({
      'us-west-2': [
        dbInstance({ identifier: 'a', name: 'reporting' }),
        dbInstance({ identifier: 'b', name: 'payroll' }),
      ],
    });
    restore = () => rds.restore();
    const { skill } = createTestSkill({ env: { DBVOICE_REGIONS: 'us-west-2' } });
    const response = await skill.invoke(
      intentRequest('CheckInstanceProperty', { ...status, instance: { value: 'reportin' } }),
    );
    expect(spoken(response)).toBe(
      "I couldn't find an instance called reportin in Oregon. Did you mean reporting?",
    );
  });

  it('asks which Region when the instance exists in two', async () => {
    const rds = mockFleet({
      'us-west-2': [dbInstance({ identifier: 'hr-west', name: 'hr' })],
      'us-east-1': [dbInstance({ identifier: 'hr-east', name: 'hr', region: 'us-east-1' })],
    });
    restore = () => rds.restore();
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('CheckInstanceProperty', { ...status, instance: { value: 'hr' }, region: {} }),
    );
    expect(spoken(response)).toBe('I found hr in Oregon and North Virginia. Which Region do you mean?');
    expect(response.response.directives?.[0]).toMatchObject({
      type: 'Dialog.ElicitSlot',
      slotToElicit: 'region',
      updatedIntent: { name: 'CheckInstanceProperty' },
    });
  });

  it.each([
    ['AccessDenied', 403, "I'm not allowed to do that: AWS denied access."],
    ['Throttling', 400, 'AWS is throttling my requests right now.'],
    ['InternalFailure', 500, 'AWS is not answering right now.'],
  ])('explains %s from AWS', async (name, httpStatus, expected) => {
    const rds = mockClient(RDSClient);
    restore = () => rds.restore();
    rds.on(DescribeDBInstancesCommand).rejects(sdkError(name, httpStatus));
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('NumberOfInstances', { region: { value: 'oregon', id: 'us-west-2', type: 'REGION' } }),
    );
    expect(spoken(response)).toContain(expected);
  });

  it('answers within the request budget when AWS hangs', async () => {
    const cloudWatch = mockClient(CloudWatchClient);
    const rds = mockFleet({ 'us-west-2': [dbInstance({ identifier: 'a', name: 'reporting' })] });
    restore = () => {
      cloudWatch.restore();
      rds.restore();
    };
    // Never resolves on its own: only the deadline's abort signal can end it.
    cloudWatch.on(GetMetricStatisticsCommand).callsFake(
      (_input, getClient) =>
        new Promise((_resolve, reject) => {
          void getClient;
          setTimeout(() => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })), 400);
        }),
    );
    const { skill } = createTestSkill({ env: { REQUEST_BUDGET_MS: '300' }, now: Date.now });
    const response = await skill.invoke(
      intentRequest('CheckInstanceMetric', {
        metric: { value: 'cpu', id: 'CPUUtilization' },
        instance: { value: 'reporting' },
        region: { value: 'oregon', id: 'us-west-2', type: 'REGION' },
      }),
    );
    expect(spoken(response)).toContain('AWS took too long to answer.');
  });

  it('apologises for an unexpected error and logs its stack', async () => {
    const rds = mockClient(RDSClient);
    restore = () => rds.restore();
    rds.on(DescribeDBInstancesCommand).rejects(new TypeError('boom'));
    const { skill, logLines } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('ListInstances', { region: { value: 'oregon', id: 'us-west-2', type: 'REGION' } }),
    );
    expect(spoken(response)).toBe(
      "Sorry, something went wrong on my side and I couldn't answer that. Please try again.",
    );
    expect(
      logLines.some(
        (line) => line.includes('Unexpected error') && line.includes('TypeError') && line.includes('stack'),
      ),
    ).toBe(true);
  });
});

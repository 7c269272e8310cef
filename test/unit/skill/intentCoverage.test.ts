import { readFileSync } from 'node:fs';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeEventsCommand } from '@aws-sdk/client-rds';
import { SNSClient } from '@aws-sdk/client-sns';
import { SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, describe, expect, it } from 'vitest';
import { enUS } from '../../../src/skill/speech/locales/en-US.js';
import { intentRequest, type SlotSpec, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createTestSkill } from '../../helpers/testSkill.js';

interface ModelIntent {
  name: string;
  slots?: { name: string; type: string }[];
}
const model = JSON.parse(readFileSync('interaction-model/en-US.json', 'utf8')) as {
  interactionModel: { languageModel: { intents: ModelIntent[] } };
};

/** A plausible value for each slot, so every intent gets past its own validation. */
const SAMPLE_SLOTS: Record<string, SlotSpec> = {
  region: { value: 'oregon', id: 'us-west-2', type: 'REGION' },
  instance: { value: 'reporting' },
  application: { value: 'reporting' },
  metric: { value: 'cpu', id: 'CPUUtilization' },
  property: { value: 'status', id: 'status' },
  logType: { value: 'error log', id: 'error' },
  parameter: { value: 'max connections', id: 'max_connections' },
  notificationState: { value: 'status', id: 'status' },
};

const rds = mockFleet({
  'us-west-2': [dbInstance({ identifier: 'prod-reporting-01', name: 'reporting', application: 'reporting' })],
});
rds.on(DescribeEventsCommand).resolves({});
// Every other client answers empty: this test is about routing, not about each feature's output.
const others = [CloudWatchClient, SSMClient, SNSClient, STSClient, DynamoDBClient].map((client) =>
  mockClient(client).resolves({}),
);
afterAll(() => {
  rds.restore();
  for (const mock of others) mock.restore();
});

describe('Interaction model coverage', () => {
  it.each(model.interactionModel.languageModel.intents.map((intent) => [intent.name, intent] as const))(
    'routes %s to a handler that answers it',
    async (_name, intent) => {
      const slots = Object.fromEntries(
        (intent.slots ?? []).filter((s) => SAMPLE_SLOTS[s.name]).map((s) => [s.name, SAMPLE_SLOTS[s.name]!]),
      );
      const { skill } = createTestSkill({ env: { DBVOICE_REGIONS: 'us-west-2' } });
      const response = await skill.invoke(intentRequest(intent.name, slots, { newSession: false }));
      const speech = spoken(response);
      expect(speech).not.toBe('');
      expect(speech).not.toBe(enUS.errors.generic);
      if (intent.name !== 'AMAZON.FallbackIntent') expect(speech).not.toBe(enUS.fallback.speech);
    },
  );
});

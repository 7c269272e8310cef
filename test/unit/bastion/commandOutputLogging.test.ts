import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, type SlotSpec, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createBastionTestSkill } from './bastionSkill.js';
import { mockBastion, okResult } from './mockBastion.js';

const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' } as const;
const INTENTS: [string, Record<string, SlotSpec>][] = [
  ['ConnectInstance', {}],
  ['TablespaceUsage', {}],
  ['ShowTopSession', { sessionMetric: { value: 'cpu', id: 'cpu' } }],
  ['CheckInstanceParameter', { parameter: { value: 'max connections', id: 'max_connections' } }],
];

let rds: ReturnType<typeof mockFleet>;
let bastion: ReturnType<typeof mockBastion>;
afterEach(() => {
  rds.restore();
  bastion.ssm.restore();
});

describe('Bastion commands', () => {
  it.each(INTENTS)(
    'send the output of %s to the command log group in CloudWatch Logs',
    async (intent, slots) => {
      // Prepare
      rds = mockFleet({
        'us-west-2': [dbInstance({ identifier: 'prod-hr-01', name: 'hr', engine: 'mariadb' })],
      });
      bastion = mockBastion({ result: okResult([]) });
      const { skill } = createBastionTestSkill();

      // Act
      const response = await skill.invoke(
        intentRequest(intent, { ...slots, instance: { value: 'hr' }, region: OREGON }),
      );

      // Assess
      expect(spoken(response)).not.toBe('');
      expect(bastion.sent()).toHaveLength(1);
      expect(bastion.sent()[0]?.CloudWatchOutputConfig).toEqual({
        CloudWatchOutputEnabled: true,
        CloudWatchLogGroupName: '/dbvoice/bastion/commands',
      });
    },
  );
});

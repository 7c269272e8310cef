import { execFileSync } from 'node:child_process';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { shellQuote } from '../../../src/skill/domain/bastion/shellQuote.js';
import { intentRequest, type SlotSpec } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createBastionTestSkill, TOPIC_ARN } from './bastionSkill.js';
import { mockBastion, okResult } from './mockBastion.js';

const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' } as const;
const PASSWORD = 'Tr0ub4dor&3-never-say-this';
const ENGINES = [
  'mysql',
  'mariadb',
  'aurora-mysql',
  'postgres',
  'aurora-postgresql',
  'oracle-ee',
  'oracle-se2',
  'oracle-ee-cdb',
  'custom-oracle-ee',
  'sqlserver-ee',
  'sqlserver-se',
  'sqlserver-ex',
  'sqlserver-web',
] as const;
const INTENTS: [string, Record<string, SlotSpec>][] = [
  ['ConnectInstance', {}],
  ['TablespaceUsage', {}],
  ['ShowTopSession', { sessionMetric: { value: 'cpu', id: 'cpu' } }],
  ['ShowTopSession', { sessionMetric: { value: 'database time', id: 'dbtime' } }],
  ['CheckInstanceParameter', { parameter: { value: 'max connections', id: 'max_connections' } }],
];

let rds: ReturnType<typeof mockFleet>;
let bastion: ReturnType<typeof mockBastion>;
let secrets: ReturnType<typeof mockClient>;
afterEach(() => {
  rds.restore();
  bastion.ssm.restore();
  secrets.restore();
});

describe('Bastion commands', () => {
  it.each(ENGINES)('never carry a password, for %s', async (engine) => {
    // Prepare: the password is where the runner looks for it; the skill must not even read it.
    rds = mockFleet({
      'us-west-2': [
        dbInstance({ identifier: 'prod-db-01', name: 'db', engine, extra: { MasterUsername: 'admin' } }),
      ],
    });
    bastion = mockBastion({ result: okResult([]) });
    bastion.ssm.on(GetParameterCommand, { Name: '/rds/prod-db-01/dbpassword' }).resolves({
      Parameter: { Name: '/rds/prod-db-01/dbpassword', Value: PASSWORD, Type: 'SecureString' },
    });
    secrets = mockClient(SecretsManagerClient);
    secrets.on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify({ password: PASSWORD }) });
    const { skill, logLines } = createBastionTestSkill({ env: { TOPIC_ARN } });
    // Act
    for (const [intent, slots] of INTENTS) {
      await skill.invoke(intentRequest(intent, { instance: { value: 'db' }, region: OREGON, ...slots }));
    }
    // Assess
    const sent = bastion.sent();
    expect(sent.length).toBeGreaterThanOrEqual(4);
    for (const input of sent) {
      const text = JSON.stringify(input);
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toMatch(/passw|PWD|secret-name|dbpassword/i);
      const commands = input.Parameters?.commands ?? [];
      expect(commands).toHaveLength(1);
      expect(commands[0]).not.toContain('\n');
      expect(commands[0]).toMatch(/^\/opt\/dbvoice\/sql-scripts\/run-check --engine /);
    }
    const parameterNames = bastion.ssm
      .commandCalls(GetParameterCommand)
      .map((call) => call.args[0].input.Name ?? '');
    expect(parameterNames.every((name) => name.startsWith('/rds/configuration/bastion/'))).toBe(true);
    expect(secrets.calls()).toHaveLength(0);
    expect(logLines.join('\n')).not.toContain(PASSWORD);
  });

  it('pass every value as exactly one shell word, however odd', () => {
    // Prepare: values as they could come from RDS or a slot, including the shell's specials.
    const odd = ['max server memory (MB)', "it's", 'a b  c', '$(id)', '`id`', 'x;y', 'semi"quote', ''];
    // Act: let bash itself split the command's quoted words.
    const words = odd.map((value) => {
      return execFileSync('bash', ['-c', `printf '%s\\0' ${shellQuote(value)}`])
        .toString('utf8')
        .split('\0')[0];
    });
    // Assess
    expect(words).toEqual(odd);
  });
});

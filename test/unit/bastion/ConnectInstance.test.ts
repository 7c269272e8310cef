import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createBastionTestSkill, TOPIC_ARN } from './bastionSkill.js';
import { BASTION_ID, failedResult, mockBastion, okResult, resultBlock } from './mockBastion.js';

const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' } as const;
const fleet = {
  'us-west-2': [
    dbInstance({ identifier: 'prod-hr-01', name: 'hr', engine: 'mariadb' }),
    dbInstance({
      identifier: 'prod-erp-01',
      name: 'erp',
      engine: 'oracle-ee',
      extra: { DBName: 'ERP', Endpoint: { Address: 'erp.abc.us-west-2.rds.amazonaws.com', Port: 1521 } },
    }),
    dbInstance({ identifier: 'prod-ledger-01', name: 'ledger', engine: 'db2-se' }),
    dbInstance({ identifier: 'old-crm-01', name: 'crm', status: 'stopped' }),
  ],
};
const MARIADB_ROW = { version: '10.11.6-MariaDB-log', open_mode: 'READ WRITE', login: 'dbvoice_monitor@%' };

let rds: ReturnType<typeof mockFleet>;
let bastion: ReturnType<typeof mockBastion>;
afterEach(() => {
  rds.restore();
  bastion.ssm.restore();
});

function ask(instance: string) {
  return intentRequest('ConnectInstance', { instance: { value: instance }, region: OREGON });
}

describe('Handler: ConnectInstance', () => {
  it('says the instance is reachable with its version and open mode, after saying it is checking', async () => {
    // Prepare
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([MARIADB_ROW]) });
    const { skill, progress } = createBastionTestSkill();
    // Act
    const response = await skill.invoke(ask('hr'));
    // Assess
    expect(spoken(response)).toBe('hr in Oregon is reachable. It runs MariaDB 10.11.6, open read write.');
    expect(progress).toEqual(['Checking hr in Oregon.']);
    expect(bastion.operations()).toEqual([
      'GetParameter',
      'SendCommand',
      'ListCommandInvocations',
      'GetCommandInvocation',
    ]);
    expect(bastion.sent()[0]).toMatchObject({
      DocumentName: 'AWS-RunShellScript',
      Targets: [{ Key: 'tag:Name', Values: ['dbvoice-bastion-us-west-2'] }],
      Parameters: { executionTimeout: ['300'] },
      TimeoutSeconds: 60,
    });
    expect(bastion.command()).toBe(
      '/opt/dbvoice/sql-scripts/run-check --engine mariadb --host prod-hr-01.abc.us-west-2.rds.amazonaws.com ' +
        '--port 3306 --user dbvoice_monitor --database information_schema --check connect --instance prod-hr-01 ' +
        '--region us-west-2',
    );
  });

  it('waits for SSM to resolve the target and for the invocation to exist, then reads it', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({
      unresolvedPolls: 2,
      invisiblePolls: 2,
      runningPolls: 1,
      result: okResult([MARIADB_ROW]),
    });
    const { skill, sleeps } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr'));
    expect(spoken(response)).toContain('is reachable');
    expect(bastion.operations().filter((o) => o === 'ListCommandInvocations')).toHaveLength(3);
    expect(bastion.operations().filter((o) => o === 'GetCommandInvocation')).toHaveLength(4);
    // Short backoff, capped at one second.
    expect(sleeps[0]).toBe(250);
    expect(Math.max(...sleeps)).toBeLessThanOrEqual(1_000);
  });

  it("names an Oracle database's open mode and a standby role", async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({
      result: okResult([
        {
          version: '19.22.0.0.0',
          open_mode: 'READ ONLY WITH APPLY',
          database_role: 'PHYSICAL STANDBY',
          database_name: 'ERP',
        },
      ]),
    });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('erp'));
    expect(spoken(response)).toBe(
      'erp in Oregon is reachable. It runs Oracle Enterprise Edition 19.22.0.0.0, open read only with apply, as physical standby.',
    );
    expect(bastion.command()).toContain(
      '--engine oracle-ee --host erp.abc.us-west-2.rds.amazonaws.com --port 1521',
    );
    expect(bastion.command()).toContain('--database ERP');
  });

  it('says the database is unreachable when the runner could not connect', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: failedResult('unreachable', "ERROR 2003 (HY000): Can't connect") });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr'));
    expect(spoken(response)).toBe(
      "I couldn't reach hr in Oregon from the bastion. The database may be down, or its security group may not let the bastion in.",
    );
  });

  it('says the login was refused, naming the user', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: failedResult('login-failed', 'ERROR 1045 (28000): Access denied', 6) });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr'));
    expect(spoken(response)).toContain('the database refused the login of dbvoice_monitor');
  });

  it('says the database does not exist, naming it', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({
      result: {
        Status: 'Failed',
        ResponseCode: 6,
        StandardOutputContent: resultBlock({
          status: 'error',
          reason: 'database-missing',
          database: 'blog',
          message: "ERROR 1049 (42000): Unknown database 'blog'",
        }),
      },
    });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr'));
    expect(spoken(response)).toBe(
      'The bastion reached hr in Oregon, but there is no database called blog on it.',
    );
  });

  it('says the check failed when the command failed without a result', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({
      result: {
        Status: 'Failed',
        ResponseCode: 1,
        StandardOutputContent: '',
        StandardErrorContent: 'segfault',
      },
    });
    const { skill, logLines } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr'));
    expect(spoken(response)).toBe('The check on hr in Oregon failed on the bastion.');
    expect(logLines.join('\n')).toContain('CheckFailed');
  });

  it('says the scripts are missing when the bastion cannot find run-check', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({
      result: {
        Status: 'Failed',
        ResponseCode: 127,
        StandardErrorContent: 'run-check: No such file or directory',
      },
    });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr'));
    expect(spoken(response)).toBe("The bastion in Oregon doesn't have the dbvoice scripts installed.");
  });

  it('answers before the deadline that the check still runs and will be e-mailed', async () => {
    // Prepare: the command never finishes while the skill may wait.
    rds = mockFleet(fleet);
    bastion = mockBastion({ runningPolls: Number.POSITIVE_INFINITY });
    const { skill, elapsedMs } = createBastionTestSkill({ env: { TOPIC_ARN } });
    // Act
    const response = await skill.invoke(ask('hr'));
    // Assess
    expect(spoken(response)).toBe(
      "The check on hr in Oregon is still running. I'll e-mail you the result when it finishes.",
    );
    expect(elapsedMs()).toBeLessThanOrEqual(6_500 - 700);
    expect(elapsedMs()).toBeGreaterThan(5_000);
    // The runner publishes only if it takes longer than the skill could wait (5.8 s usable, 2 s margin).
    expect(bastion.command()).toContain(`--topic ${TOPIC_ARN} --notify-after 3`);
  });

  it('without a topic, asks to try again instead of promising an e-mail', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ runningPolls: Number.POSITIVE_INFINITY });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr'));
    expect(spoken(response)).toBe(
      'The check on hr in Oregon is still running. Please ask me again in a minute.',
    );
    expect(bastion.command()).not.toContain('--topic');
  });

  it('says the bastion did not start the check when it stays pending (offline bastion)', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ runningPolls: Number.POSITIVE_INFINITY, waitingStatus: 'Pending' });
    const { skill } = createBastionTestSkill({ env: { TOPIC_ARN } });
    const response = await skill.invoke(ask('hr'));
    expect(spoken(response)).toBe(
      "The bastion in Oregon didn't start the check in time. It may be offline or busy. If it runs later, I'll e-mail you the result.",
    );
  });

  it('says the bastion did not respond when no instance carries its Name tag', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ unresolvedPolls: Number.POSITIVE_INFINITY });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr'));
    expect(spoken(response)).toContain("The bastion in Oregon didn't start the check in time.");
    expect(bastion.operations()).not.toContain('GetCommandInvocation');
  });

  it('says the bastion did not respond when SSM could not deliver the command', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: { Status: 'TimedOut', StatusDetails: 'DeliveryTimedOut' } });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr'));
    expect(spoken(response)).toContain("The bastion in Oregon didn't start the check in time.");
  });

  it('says the check took too long when SSM ended it at its execution timeout', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: { Status: 'TimedOut', StatusDetails: 'ExecutionTimedOut' } });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr'));
    expect(spoken(response)).toBe('The check on hr in Oregon took too long and was stopped.');
  });

  it('says no bastion is configured when the Region has no bastion parameter, and sends nothing', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ bastionName: undefined });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr'));
    expect(spoken(response)).toBe(
      "I can't run checks in Oregon: no bastion is configured for that Region. Deploy the dbvoice bastion there first.",
    );
    expect(bastion.operations()).toEqual(['GetParameter']);
    expect(bastion.ssm.commandCalls(GetParameterCommand)[0]?.args[0].input).toEqual({
      Name: '/rds/configuration/bastion/us-west-2',
    });
  });

  it('reads the bastion under the configured prefix and tells the runner that prefix', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([MARIADB_ROW]) });
    const { skill } = createBastionTestSkill({ env: { PARAMETER_PREFIX: '/dbvoice/prod' } });
    const response = await skill.invoke(ask('hr'));
    expect(spoken(response)).toContain('is reachable');
    expect(bastion.ssm.commandCalls(GetParameterCommand)[0]?.args[0].input).toEqual({
      Name: '/dbvoice/prod/configuration/bastion/us-west-2',
    });
    expect(bastion.command()).toMatch(/ --prefix \/dbvoice\/prod$/);
  });

  it('says checks are not available for an unsupported engine, without any SSM call or progress', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({});
    const { skill, progress } = createBastionTestSkill();
    const response = await skill.invoke(ask('ledger'));
    expect(spoken(response)).toBe("I can't run checks on Db2 Standard Edition instances.");
    expect(bastion.ssm.calls()).toHaveLength(0);
    expect(progress).toEqual([]);
  });

  it('says a stopped instance cannot be reached, without any SSM call', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({});
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('crm'));
    expect(spoken(response)).toBe("crm in Oregon is stopped, so I can't connect to it.");
    expect(bastion.ssm.calls()).toHaveLength(0);
  });

  it('gets the invocation of the bastion SSM named', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([MARIADB_ROW]) });
    const { skill } = createBastionTestSkill();
    await skill.invoke(ask('hr'));
    const get = bastion.ssm.calls().at(-1)?.args[0].input;
    expect(get).toEqual({ CommandId: 'cmd-0001', InstanceId: BASTION_ID });
  });
});

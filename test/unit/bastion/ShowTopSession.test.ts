import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createBastionTestSkill } from './bastionSkill.js';
import { mockBastion, okResult } from './mockBastion.js';

const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' } as const;
const fleet = {
  'us-west-2': [
    dbInstance({ identifier: 'prod-erp-01', name: 'erp', engine: 'oracle-ee' }),
    dbInstance({ identifier: 'prod-hr-01', name: 'hr', engine: 'mysql' }),
    dbInstance({ identifier: 'prod-blog-01', name: 'blog', engine: 'mariadb' }),
    dbInstance({ identifier: 'prod-shop-01', name: 'shop', engine: 'postgres' }),
    dbInstance({ identifier: 'prod-crm-01', name: 'crm', engine: 'sqlserver-se' }),
  ],
};

function session(id: string, user: string, value: string, metric: string, sql = '') {
  return { session_id: id, username: user, client: 'app-1', state: 'ACTIVE', value, metric, sql_text: sql };
}

let rds: ReturnType<typeof mockFleet>;
let bastion: ReturnType<typeof mockBastion>;
afterEach(() => {
  rds.restore();
  bastion.ssm.restore();
});

const ask = (instance: string, metric?: { value: string; id: string }) =>
  intentRequest('ShowTopSession', {
    instance: { value: instance },
    region: OREGON,
    ...(metric ? { sessionMetric: { ...metric, type: 'SESSION_METRIC' } } : {}),
  });

describe('Handler: ShowTopSession', () => {
  it('speaks the Oracle session with the most CPU, by CPU when no metric is said', async () => {
    // Prepare
    rds = mockFleet(fleet);
    bastion = mockBastion({
      result: okResult([
        session('123,4567', 'SCOTT', '45.2', 'cpu_seconds', 'SELECT * FROM emp'),
        session('98,12', 'HR', '3.1', 'cpu_seconds'),
      ]),
    });
    const { skill } = createBastionTestSkill();
    // Act
    const response = await skill.invoke(ask('erp'));
    // Assess
    expect(spoken(response)).toBe(
      'The top session by CPU on erp in Oregon is session 123, serial 4567, user SCOTT, with 45.2 seconds of CPU.',
    );
    expect(bastion.command()).toContain('--check top-cpu');
    const card = (response.response.card as { content: string }).content;
    expect(card).toContain('Session 123,4567, SCOTT: 45.2 seconds. SELECT * FROM emp');
    expect(card).toContain('Session 98,12, HR: 3.1 seconds');
  });

  it("says MySQL can't measure CPU per session and names the longest running statement", async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({
      result: okResult([session('42', 'app', '310', 'active_seconds', 'SELECT SLEEP(400)')]),
    });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr', { value: 'cpu', id: 'cpu' }));
    expect(spoken(response)).toBe(
      "MySQL doesn't measure CPU per session, so here is the longest running statement instead. " +
        'The longest running statement on hr in Oregon is session 42, user app, running for 5 minutes.',
    );
  });

  it('speaks the MariaDB session holding the most memory', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([session('7', 'etl', '2202009', 'memory_bytes')]) });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('blog', { value: 'memory', id: 'memory' }));
    expect(spoken(response)).toBe(
      'The top session by memory on blog in Oregon is session 7, user etl, holding 2.1 megabytes.',
    );
    expect(bastion.command()).toContain('--engine mariadb');
    expect(bastion.command()).toContain('--check top-memory');
  });

  it('says memory per session needs the Performance Schema on MySQL', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([]) });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr', { value: 'memory', id: 'memory' }));
    expect(spoken(response)).toBe(
      "hr in Oregon doesn't report memory per session: its Performance Schema is off.",
    );
  });

  it('says PostgreSQL cannot tell memory per session, without sending a command', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({});
    const { skill, progress } = createBastionTestSkill();
    const response = await skill.invoke(ask('shop', { value: 'memory', id: 'memory' }));
    expect(spoken(response)).toBe(
      "PostgreSQL doesn't report memory per session. You can ask for the top session by CPU instead.",
    );
    expect(bastion.ssm.calls()).toHaveLength(0);
    expect(progress).toEqual([]);
  });

  it('speaks the longest open PostgreSQL transaction for database time', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([session('4242', 'report', '7300', 'transaction_seconds')]) });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('shop', { value: 'database time', id: 'dbtime' }));
    expect(spoken(response)).toBe(
      'The longest open transaction on shop in Oregon is session 4242, user report, open for 2 hours.',
    );
    expect(bastion.command()).toContain('--check top-dbtime');
  });

  it('speaks Oracle DB time', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([session('5,9', 'BATCH', '95', 'db_seconds')]) });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('erp', { value: 'db time', id: 'dbtime' }));
    expect(spoken(response)).toBe(
      'The top session by database time on erp in Oregon is session 5, serial 9, user BATCH, with 95 seconds of database time.',
    );
  });

  it('speaks SQL Server CPU', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([session('57', 'sa_app', '12.5', 'cpu_seconds')]) });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('crm'));
    expect(spoken(response)).toBe(
      'The top session by CPU on crm in Oregon is session 57, user sa_app, with 12.5 seconds of CPU.',
    );
    expect(bastion.command()).toContain('--database master');
  });

  it('says so when no user session is active', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([]) });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('shop'));
    expect(spoken(response)).toBe('No user session is active on shop in Oregon right now.');
  });

  it('answers an unknown session metric clearly and sends nothing', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({});
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(
      intentRequest('ShowTopSession', {
        instance: { value: 'hr' },
        region: OREGON,
        sessionMetric: { value: 'disk' },
      }),
    );
    expect(spoken(response)).toContain("Sorry, I don't know the");
    expect(bastion.ssm.calls()).toHaveLength(0);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createBastionTestSkill } from './bastionSkill.js';
import { failedResult, mockBastion, okResult } from './mockBastion.js';
import { database, tablespace } from './storageRows.js';

const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' } as const;
const fleet = {
  'us-west-2': [
    dbInstance({ identifier: 'prod-erp-01', name: 'erp', engine: 'oracle-se2' }),
    dbInstance({ identifier: 'prod-hr-01', name: 'hr', engine: 'mysql', extra: { AllocatedStorage: 100 } }),
    dbInstance({ identifier: 'blog-writer', name: 'blog', engine: 'aurora-postgresql', cluster: 'blog' }),
  ],
};

let rds: ReturnType<typeof mockFleet>;
let bastion: ReturnType<typeof mockBastion>;
afterEach(() => {
  rds.restore();
  bastion.ssm.restore();
});

const ask = (instance: string) =>
  intentRequest('TablespaceUsage', { instance: { value: instance }, region: OREGON });

describe('Handler: TablespaceUsage', () => {
  it('speaks the Oracle tablespaces over 90 percent, fullest first, and lists all on the card', async () => {
    // Prepare
    rds = mockFleet(fleet);
    bastion = mockBastion({
      result: okResult([
        tablespace('SYSAUX', 91.2, 2),
        tablespace('USERS', 96.4, 10),
        tablespace('SYSTEM', 40, 1),
      ]),
    });
    const { skill } = createBastionTestSkill();
    // Act
    const response = await skill.invoke(ask('erp'));
    // Assess
    expect(spoken(response)).toBe(
      '2 tablespaces of erp in Oregon are over 90 percent: USERS at 96 percent and SYSAUX at 91 percent.',
    );
    expect((response.response.card as { content: string }).content).toBe(
      [
        'USERS: 96.4% (9.64 gigabytes of 10 gigabytes)',
        'SYSAUX: 91.2% (1.82 gigabytes of 2 gigabytes)',
        'SYSTEM: 40% (410 megabytes of 1 gigabyte)',
      ].join('\n'),
    );
    expect(bastion.command()).toContain('--check storage --instance prod-erp-01');
  });

  it('says none is over the threshold and names the fullest', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([tablespace('USERS', 72.3, 10), tablespace('SYSTEM', 40, 1)]) });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('erp'));
    expect(spoken(response)).toBe(
      'No tablespace of erp in Oregon is over 90 percent. The fullest is USERS at 72 percent.',
    );
  });

  it('uses the configured threshold', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([tablespace('USERS', 72.3, 10)]) });
    const { skill } = createBastionTestSkill({ env: { DBVOICE_STORAGE_THRESHOLD: '70' } });
    const response = await skill.invoke(ask('erp'));
    expect(spoken(response)).toBe('One tablespace of erp in Oregon is over 70 percent: USERS at 72 percent.');
  });

  it('sets MySQL database sizes against the allocated storage', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({
      result: okResult([database('hr', 10), database('audit', 2.5), database('tmp', 0.01)]),
    });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr'));
    expect(spoken(response)).toBe(
      'The databases of hr in Oregon use 12.5 gigabytes, 13 percent of its 100 gigabytes of storage. ' +
        'The largest are hr with 10 gigabytes, audit with 2.5 gigabytes, and tmp with 10.2 megabytes.',
    );
  });

  it('says when the databases pass the threshold of the allocated storage', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([database('hr', 95)]) });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr'));
    expect(spoken(response)).toBe(
      'The databases of hr in Oregon use 95 gigabytes, 95 percent of its 100 gigabytes of storage, over the 90 percent threshold. The largest is hr with 95 gigabytes.',
    );
  });

  it('speaks Aurora sizes without a limit, since Aurora storage grows', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([database('shop', 42)]) });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('blog'));
    expect(spoken(response)).toBe(
      'The databases of blog in Oregon use 42 gigabytes. The largest is shop with 42 gigabytes. Aurora storage grows by itself, so there is no limit to be near.',
    );
  });

  it('says so when the monitoring user can see nothing to measure', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([]) });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr'));
    expect(spoken(response)).toBe('I found no databases or tablespaces I can measure on hr in Oregon.');
  });

  it('points at a missing grant when the query failed', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({
      result: failedResult('query-failed', 'ORA-00942: table or view does not exist', 8),
    });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('erp'));
    expect(spoken(response)).toBe(
      'The check on erp in Oregon failed in the database. The monitoring user may be missing a grant.',
    );
  });
});

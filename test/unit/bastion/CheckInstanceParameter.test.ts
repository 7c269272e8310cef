import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createBastionTestSkill } from './bastionSkill.js';
import { mockBastion, okResult } from './mockBastion.js';

const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' } as const;
const fleet = {
  'us-west-2': [
    dbInstance({ identifier: 'prod-hr-01', name: 'hr', engine: 'mysql' }),
    dbInstance({ identifier: 'prod-shop-01', name: 'shop', engine: 'postgres', extra: { DBName: 'shop' } }),
    dbInstance({ identifier: 'prod-erp-01', name: 'erp', engine: 'oracle-ee' }),
    dbInstance({ identifier: 'prod-crm-01', name: 'crm', engine: 'sqlserver-ee' }),
  ],
};

let rds: ReturnType<typeof mockFleet>;
let bastion: ReturnType<typeof mockBastion>;
afterEach(() => {
  rds.restore();
  bastion.ssm.restore();
});

const ask = (instance: string, parameter: { value: string; id?: string }) =>
  intentRequest('CheckInstanceParameter', {
    instance: { value: instance },
    region: OREGON,
    parameter: { ...parameter, type: 'DB_PARAMETER' },
  });

describe('Handler: CheckInstanceParameter', () => {
  it('speaks a MySQL variable by the name the user said', async () => {
    // Prepare
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([{ variable_name: 'max_connections', value: '151' }]) });
    const { skill } = createBastionTestSkill();
    // Act
    const response = await skill.invoke(ask('hr', { value: 'max connections', id: 'max_connections' }));
    // Assess
    expect(spoken(response)).toBe('On hr in Oregon, max connections is 151.');
    expect(bastion.command()).toContain(
      '--check parameter --instance prod-hr-01 --parameter max_connections',
    );
  });

  it('scales byte-sized MySQL variables', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({
      result: okResult([{ variable_name: 'innodb_buffer_pool_size', value: String(128 * 1024 * 1024) }]),
    });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(
      ask('hr', { value: 'buffer pool size', id: 'innodb_buffer_pool_size' }),
    );
    expect(spoken(response)).toBe('On hr in Oregon, buffer pool size is 128 megabytes.');
  });

  it('speaks a PostgreSQL setting with its unit in words and the exact value on the card', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({
      result: okResult([{ name: 'shared_buffers', value: '128MB', setting: '16384', unit: '8kB' }]),
    });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('shop', { value: 'shared buffers', id: 'shared_buffers' }));
    expect(spoken(response)).toBe('On shop in Oregon, shared buffers is 128 megabytes.');
    expect((response.response.card as { content: string }).content).toContain(
      'shared_buffers = 128MB (16384 × 8kB)',
    );
    expect(bastion.command()).toContain('--database shop');
  });

  it("speaks Oracle's display value", async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([{ name: 'sga_target', value: '2G', setting: '2147483648' }]) });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('erp', { value: 'sga target', id: 'sga_target' }));
    expect(spoken(response)).toBe('On erp in Oregon, sga target is 2 gigabytes.');
  });

  it('quotes a SQL Server option name with spaces as one shell word', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([{ name: 'max server memory (MB)', value: '2147483647' }]) });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(
      ask('crm', { value: 'max server memory', id: 'max server memory (MB)' }),
    );
    expect(spoken(response)).toBe('On crm in Oregon, max server memory is unlimited.');
    expect(bastion.command()).toContain("--parameter 'max server memory (MB)'");
  });

  it('tries a name the model does not know as heard, with underscores', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([{ name: 'log_statement', value: 'ddl' }]) });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('shop', { value: 'log statement' }));
    expect(spoken(response)).toBe('On shop in Oregon, log statement is ddl.');
    expect(bastion.command()).toContain('--parameter log_statement');
  });

  it('says the instance has no such parameter', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({ result: okResult([]) });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr', { value: 'shared buffers', id: 'shared_buffers' }));
    expect(spoken(response)).toBe('hr in Oregon has no parameter called shared buffers.');
  });

  it('refuses a name that is not a parameter name and sends nothing', async () => {
    rds = mockFleet(fleet);
    bastion = mockBastion({});
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr', { value: "x'; drop table users; --" }));
    expect(spoken(response)).toContain("Sorry, I don't know the parameter x'; drop table users; --.");
    expect(bastion.ssm.calls()).toHaveLength(0);
  });
});

import { DescribeDBInstancesCommand, ListTagsForResourceCommand } from '@aws-sdk/client-rds';
import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, rawSsml, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createTestSkill } from '../../helpers/testSkill.js';

const oregon = [
  dbInstance({ identifier: 'prod-hr-01', name: 'hr', application: 'hr', environment: 'production' }),
  dbInstance({
    identifier: 'prod-reporting-01',
    name: 'reporting',
    application: 'reporting',
    environment: 'production',
  }),
  dbInstance({
    identifier: 'stg-blog-01',
    name: 'blog staging',
    application: 'blog',
    environment: 'staging',
  }),
  dbInstance({ identifier: 'prod-blog-01', name: 'blog', application: 'blog', environment: 'production' }),
  dbInstance({ identifier: 'scratch-01' }),
];
const virginia = [
  dbInstance({
    identifier: 'prod-payroll-01',
    name: 'payroll',
    application: 'payroll',
    environment: 'production',
    region: 'us-east-1',
  }),
];

let rds: ReturnType<typeof mockFleet>;
afterEach(() => rds.restore());

describe('Handler: NumberOfInstances', () => {
  it('counts the instances of a named Region', async () => {
    // Prepare
    rds = mockFleet({ 'us-west-2': oregon, 'us-east-1': virginia });
    const { skill } = createTestSkill();
    // Act
    const response = await skill.invoke(
      intentRequest('NumberOfInstances', { region: { value: 'oregon', id: 'us-west-2', type: 'REGION' } }),
    );
    // Assess
    expect(spoken(response)).toBe('You have 5 instances in Oregon.');
    expect(response.response.card).toMatchObject({
      type: 'Simple',
      content: 'You have 5 instances in Oregon.',
    });
  });

  it('understands an unresolved spoken Region code and California as us-west-1', async () => {
    rds = mockFleet({
      'us-west-2': oregon,
      'us-west-1': [dbInstance({ identifier: 'ca-1', region: 'us-west-1' })],
    });
    const { skill } = createTestSkill();
    const west2 = await skill.invoke(
      intentRequest('NumberOfInstances', { region: { value: 'us west two' } }),
    );
    const california = await skill.invoke(
      intentRequest('NumberOfInstances', { region: { value: 'california' } }),
    );
    expect(spoken(west2)).toBe('You have 5 instances in Oregon.');
    expect(spoken(california)).toBe('You have 1 instance in North California.');
  });

  it('counts across every managed Region in parallel when no Region is said', async () => {
    rds = mockFleet({ 'us-west-2': oregon, 'us-east-1': virginia });
    const { skill } = createTestSkill();
    const response = await skill.invoke(intentRequest('NumberOfInstances'));
    expect(spoken(response)).toBe(
      'You have 6 instances across 2 Regions: 5 in Oregon and 1 in North Virginia.',
    );
  });

  it('counts only the environment asked for, accepting "prod" for "production"', async () => {
    rds = mockFleet({ 'us-west-2': oregon });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('NumberOfInstances', {
        environment: { value: 'prod' },
        region: { value: 'oregon', id: 'us-west-2', type: 'REGION' },
      }),
    );
    expect(spoken(response)).toBe('You have 3 production instances in Oregon.');
  });

  it.each([
    ['blog', 'You have 2 blog instances in Oregon.'],
    ['the blog application', 'You have 2 blog instances in Oregon.'],
    ['reporting', 'You have 1 reporting instance in Oregon.'],
    ['unicorn', 'I found no unicorn instances in Oregon.'],
  ])(
    'reads "%s" heard as an environment as the application or instance it names, when no environment is called that',
    async (heard, answer) => {
      // Prepare
      rds = mockFleet({ 'us-west-2': oregon });
      const { skill } = createTestSkill();

      // Act
      const response = await skill.invoke(
        intentRequest('NumberOfInstances', {
          environment: { value: heard },
          region: { value: 'oregon', id: 'us-west-2', type: 'REGION' },
        }),
      );

      // Assess
      expect(spoken(response)).toBe(answer);
    },
  );

  it('says so when a Region has no instances', async () => {
    rds = mockFleet({});
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('NumberOfInstances', {
        region: { value: 'frankfurt', id: 'eu-central-1', type: 'REGION' },
      }),
    );
    expect(spoken(response)).toBe('I found no instances in Frankfurt.');
  });

  it('answers an unknown Region clearly and calls nothing', async () => {
    rds = mockFleet({ 'us-west-2': oregon });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('NumberOfInstances', { region: { value: 'atlantis' } }),
    );
    expect(spoken(response)).toContain("I don't know a Region called atlantis.");
    expect(rds.calls()).toHaveLength(0);
  });
});

describe('Handler: ListInstances', () => {
  it('lists names naturally, sorted', async () => {
    rds = mockFleet({ 'us-west-2': oregon });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('ListInstances', {
        region: { value: 'oregon', id: 'us-west-2', type: 'REGION' },
        environment: { value: 'production', id: 'production' },
      }),
    );
    expect(spoken(response)).toBe('In Oregon you have 3 production instances: blog, hr, and reporting.');
  });

  it('speaks 20 names and "and N more", while the card lists all of them', async () => {
    const many = Array.from({ length: 57 }, (_, i) =>
      dbInstance({ identifier: `db-${String(i).padStart(2, '0')}` }),
    );
    rds = mockFleet({ 'us-west-2': many });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('ListInstances', { region: { value: 'oregon', id: 'us-west-2', type: 'REGION' } }),
    );
    const speech = spoken(response);
    expect(speech).toContain('db-19 and 37 more.');
    expect(speech).not.toContain('db-20');
    const card = (response.response.card as { content: string }).content;
    expect(card.split('\n').filter((line) => line.startsWith('db-'))).toHaveLength(57);
  });

  it('escapes names for SSML', async () => {
    rds = mockFleet({ 'us-west-2': [dbInstance({ identifier: 'rnd-1', name: 'R&D <main>' })] });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('ListInstances', { region: { value: 'oregon', id: 'us-west-2', type: 'REGION' } }),
    );
    expect(rawSsml(response)).toContain('R&amp;D &lt;main&gt;');
    expect((response.response.card as { content: string }).content).toContain('R&D <main>');
  });
});

describe('Handler: ListApplications', () => {
  it('lists distinct applications and counts untagged instances', async () => {
    rds = mockFleet({ 'us-west-2': oregon });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('ListApplications', { region: { value: 'oregon', id: 'us-west-2', type: 'REGION' } }),
    );
    expect(spoken(response)).toBe(
      'There are 3 applications in Oregon: blog, hr, and reporting. 1 instance has no application tag.',
    );
  });
});

describe('Handler: ListInstancesForApplication', () => {
  it('lists the instances of an application, case-insensitively', async () => {
    rds = mockFleet({ 'us-west-2': oregon });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('ListInstancesForApplication', {
        application: { value: 'Blog' },
        region: { value: 'oregon', id: 'us-west-2', type: 'REGION' },
      }),
    );
    expect(spoken(response)).toBe('Application blog has 2 instances in Oregon: blog and blog staging.');
  });

  it('suggests the closest application when none matches', async () => {
    rds = mockFleet({ 'us-west-2': oregon });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('ListInstancesForApplication', {
        application: { value: 'blag' },
        region: { value: 'oregon', id: 'us-west-2', type: 'REGION' },
      }),
    );
    expect(spoken(response)).toBe("I couldn't find an application called blag in Oregon. Did you mean blog?");
  });

  it('asks for the application when it is missing', async () => {
    rds = mockFleet({ 'us-west-2': oregon });
    const { skill } = createTestSkill();
    const response = await skill.invoke(intentRequest('ListInstancesForApplication', { application: {} }));
    expect(response.response.directives?.[0]).toMatchObject({
      type: 'Dialog.ElicitSlot',
      slotToElicit: 'application',
    });
  });
});

describe('Call budget', () => {
  it('reads a Region of 250 tagged instances with 3 DescribeDBInstances pages and no ListTagsForResource', async () => {
    // Prepare
    const fleet = Array.from({ length: 250 }, (_, i) =>
      dbInstance({
        identifier: `db-${i}`,
        name: `app ${i}`,
        application: `app${i % 7}`,
        environment: i % 2 ? 'production' : 'staging',
      }),
    );
    rds = mockFleet({ 'us-west-2': fleet });
    const { skill } = createTestSkill();
    // Act
    const first = await skill.invoke(
      intentRequest('NumberOfInstances', { region: { value: 'oregon', id: 'us-west-2', type: 'REGION' } }),
    );
    const callsAfterFirst = rds.commandCalls(DescribeDBInstancesCommand).length;
    const second = await skill.invoke(
      intentRequest('CheckInstanceProperty', {
        property: { value: 'status', id: 'status' },
        instance: { value: 'app 249' },
        region: { value: 'oregon', id: 'us-west-2', type: 'REGION' },
      }),
    );
    // Assess
    expect(spoken(first)).toBe('You have 250 instances in Oregon.');
    expect(callsAfterFirst).toBe(3);
    expect(spoken(second)).toBe('The status of app 249 in Oregon is available.');
    expect(rds.commandCalls(DescribeDBInstancesCommand)).toHaveLength(3); // warm cache: no more calls
    expect(rds.commandCalls(ListTagsForResourceCommand)).toHaveLength(0);
  });

  it('describes each Region once even when several lookups run in one request', async () => {
    rds = mockFleet({ 'us-west-2': oregon, 'us-east-1': virginia });
    const { skill } = createTestSkill();
    await skill.invoke(intentRequest('ListInstances'));
    const regions = await Promise.all(
      rds.commandCalls(DescribeDBInstancesCommand).map((c) => c.thisValue.config.region()),
    );
    expect(regions.sort()).toEqual(['us-east-1', 'us-west-2']);
  });
});

describe('Handler: ListInstancesForApplication across Regions', () => {
  it('pluralises the noun, not the application name', async () => {
    rds = mockFleet({
      'us-west-2': oregon,
      'us-east-1': [
        dbInstance({ identifier: 'blog-east', name: 'blog east', application: 'blog', region: 'us-east-1' }),
      ],
    });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('ListInstancesForApplication', { application: { value: 'blog' } }),
    );
    expect(spoken(response)).toBe(
      'You have 3 instances of application blog. In Oregon: blog and blog staging. In North Virginia: blog east.',
    );
  });
});

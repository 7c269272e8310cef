import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import type { dialog, ResponseEnvelope } from 'ask-sdk-model';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DYNAMIC_ENTITY_LIMITS,
  fleetNameEntities,
} from '../../../src/skill/domain/fleet/fleetNameEntities.js';
import { toInstanceSummary } from '../../../src/skill/domain/fleet/toInstanceSummary.js';
import { intentRequest, launchRequest, spoken, TEST_SKILL_ID } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createTestSkill } from '../../helpers/testSkill.js';

let rds: ReturnType<typeof mockFleet> | undefined;
afterEach(() => rds?.restore());

const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' };
const fleet = {
  'us-west-2': [
    dbInstance({ identifier: 'ledger-db-1', name: 'ledger', application: 'ledger' }),
    dbInstance({ identifier: 'inv-db-7', name: 'inventory-api', application: 'inventory' }),
  ],
  'us-east-1': [
    dbInstance({ identifier: 'crm-a', name: 'crm', application: 'crm-suite', region: 'us-east-1' }),
  ],
};

function entitiesOf(response: ResponseEnvelope): dialog.DynamicEntitiesDirective | undefined {
  return response.response.directives?.find(
    (d): d is dialog.DynamicEntitiesDirective => d.type === 'Dialog.UpdateDynamicEntities',
  );
}

/** The same conversation's next request: the session attributes the last answer returned. */
function next(response: ResponseEnvelope) {
  return { newSession: false, attributes: response.sessionAttributes ?? {} };
}

describe('Interceptor: dynamic entities', () => {
  it('describes each managed Region once on a cold Launch, sends their names, and the first question reuses them', async () => {
    // Prepare
    rds = mockFleet(fleet);
    const { skill } = createTestSkill();

    // Act
    const launch = await skill.invoke(launchRequest());
    const count = await skill.invoke(intentRequest('NumberOfInstances', {}, next(launch)));

    // Assess
    expect(spoken(launch)).toMatch(/welcome/i);
    expect(entitiesOf(launch)).toEqual({
      type: 'Dialog.UpdateDynamicEntities',
      updateBehavior: 'REPLACE',
      types: [
        {
          name: 'DB_INSTANCE',
          values: [
            { id: 'crm', name: { value: 'crm', synonyms: ['c. r. m.'] } },
            { id: 'inventory-api', name: { value: 'inventory api', synonyms: ['inventory a. p. i.'] } },
            { id: 'ledger', name: { value: 'ledger' } },
          ],
        },
        {
          name: 'APPLICATION',
          values: [
            { id: 'crm-suite', name: { value: 'crm suite', synonyms: ['c. r. m. suite'] } },
            { id: 'inventory', name: { value: 'inventory' } },
            { id: 'ledger', name: { value: 'ledger' } },
          ],
        },
      ],
    });
    expect(spoken(count)).toContain('3 instances');
    expect(entitiesOf(count)).toBeUndefined();
    // Two Regions described once each, by the Launch: the question found them held.
    expect(rds.calls()).toHaveLength(2);
  });

  it.each([
    ['fails', () => Promise.reject(new Error('Throttling'))],
    ['is slower than the welcome waits', () => new Promise((resolve) => setTimeout(resolve, 2_500))],
  ])(
    "welcomes with the other Region's names when one %s, and the first answer sends them all",
    async (_, trouble) => {
      // Prepare: Virginia's first DescribeDBInstances is in trouble, Oregon answers
      rds = mockFleet(fleet);
      let troubled = false;
      rds.on(DescribeDBInstancesCommand).callsFake(async (_input, getClient) => {
        const region = await getClient().config.region();
        if (region === 'us-east-1' && !troubled) {
          troubled = true;
          await trouble();
        }
        return { DBInstances: fleet[region as keyof typeof fleet] ?? [] };
      });
      const { skill } = createTestSkill();

      // Act
      const started = Date.now();
      const launch = await skill.invoke(launchRequest());
      const waited = Date.now() - started;
      const count = await skill.invoke(intentRequest('NumberOfInstances', {}, next(launch)));

      // Assess
      expect(spoken(launch)).toMatch(/welcome/i);
      expect(waited).toBeLessThan(2_000);
      expect(entitiesOf(launch)?.types?.[0]?.values?.map((v) => v.id)).toEqual(['inventory-api', 'ledger']);
      expect(spoken(count)).toContain('3 instances');
      expect(entitiesOf(count)?.types?.[0]?.values?.map((v) => v.id)).toEqual([
        'crm',
        'inventory-api',
        'ledger',
      ]);
    },
    15_000,
  );

  it('sends them on a warm Launch without a call, and not again in the same session', async () => {
    // Prepare: a previous session warmed the container
    rds = mockFleet(fleet);
    const { skill } = createTestSkill();
    await skill.invoke(intentRequest('NumberOfInstances'));
    const callsBefore = rds.calls().length;

    // Act
    const launch = await skill.invoke(launchRequest());
    const again = await skill.invoke(intentRequest('ListInstances', { region: OREGON }, next(launch)));

    // Assess
    expect(entitiesOf(launch)?.types?.[0]?.values?.map((v) => v.id)).toEqual([
      'crm',
      'inventory-api',
      'ledger',
    ]);
    expect(entitiesOf(again)).toBeUndefined();
    expect(rds.calls().length).toBe(callsBefore);
  });

  it('adds a Region held later with a new REPLACE list', async () => {
    // Prepare: the first question loads Oregon only
    rds = mockFleet(fleet);
    const { skill } = createTestSkill();
    const oregon = await skill.invoke(
      intentRequest('ListInstances', { region: OREGON }, { newSession: false }),
    );

    // Act
    const all = await skill.invoke(intentRequest('NumberOfInstances', {}, next(oregon)));

    // Assess
    expect(entitiesOf(oregon)?.types?.[0]?.values?.map((v) => v.id)).toEqual(['inventory-api', 'ledger']);
    expect(entitiesOf(all)?.types?.[0]?.values?.map((v) => v.id)).toEqual(['crm', 'inventory-api', 'ledger']);
  });

  it('never rides on an answer that ends the session or asks its own question', async () => {
    // Prepare
    rds = mockFleet(fleet);
    const { skill } = createTestSkill();

    // Act: a one-shot ends the session; "did you mean" is a Dialog.ElicitSlot
    const oneShot = await skill.invoke(intentRequest('NumberOfInstances'));
    const question = await skill.invoke(
      intentRequest(
        'CheckInstanceProperty',
        { property: { value: 'status', id: 'status' }, instance: { value: 'ledgr' }, region: OREGON },
        { newSession: false },
      ),
    );

    // Assess
    expect(oneShot.response.shouldEndSession).toBe(true);
    expect(entitiesOf(oneShot)).toBeUndefined();
    expect(question.response.directives?.map((d) => d.type)).toEqual(['Dialog.ElicitSlot']);
  });
});

describe('Slot reading: dynamic entities first', () => {
  it('finds the instance by the dynamic id, then the static id, then the words heard', async () => {
    // Prepare: Alexa heard "inventory" (a static value that is no instance) but matched the dynamic entity
    rds = mockFleet(fleet);
    const { skill } = createTestSkill();
    const request = intentRequest(
      'CheckInstanceProperty',
      { property: { value: 'status', id: 'status' }, instance: { value: 'inventory' }, region: OREGON },
      { newSession: false },
    );
    const slot =
      request.request.type === 'IntentRequest' ? request.request.intent.slots!.instance! : undefined;
    slot!.resolutions = {
      resolutionsPerAuthority: [
        {
          authority: `amzn1.er-authority.echo-sdk.dynamic.${TEST_SKILL_ID}.DB_INSTANCE`,
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { name: 'inventory api', id: 'inventory-api' } }],
        },
        {
          authority: `amzn1.er-authority.echo-sdk.${TEST_SKILL_ID}.DB_INSTANCE`,
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { name: 'inventory', id: 'inventory-db' } }],
        },
      ],
    };

    // Act
    const response = await skill.invoke(request);

    // Assess
    expect(spoken(response)).toMatch(/^The status of inventory-api in Oregon is available/);
  });

  it('falls back to the words heard when the static id names no instance of this fleet', async () => {
    // Prepare: a model generated from another fleet resolves "ledger" to an id this fleet lacks
    rds = mockFleet(fleet);
    const { skill } = createTestSkill();

    // Act
    const response = await skill.invoke(
      intentRequest('CheckInstanceProperty', {
        property: { value: 'status', id: 'status' },
        instance: { value: 'ledger', id: 'prod-ledger-01', type: 'DB_INSTANCE' },
        region: OREGON,
      }),
    );

    // Assess
    expect(spoken(response)).toMatch(/^The status of ledger in Oregon is available/);
  });
});

describe('fleetNameEntities', () => {
  const summaries = (count: number, region: string) =>
    Array.from({ length: count }, (_, i) =>
      toInstanceSummary(
        dbInstance({ identifier: `db-${region}-${i}`, name: `${region}-db-${i}`, region }),
        region,
        {
          instance: 'instance',
          application: 'application',
          environment: 'environment',
        },
      ),
    );

  it('keeps a large fleet within the limit, the Region asked about first, then the names used recently', () => {
    // Prepare: 150 instances in two Regions
    const inventories = [
      { region: 'us-east-1', instances: summaries(75, 'us-east-1') },
      { region: 'us-west-2', instances: summaries(75, 'us-west-2') },
    ];

    // Act
    const chosen = fleetNameEntities(inventories, {
      region: 'us-west-2',
      recent: ['us-east-1-db-70', 'us-west-2-db-42'],
    });

    // Assess
    const ids = chosen.instances.map((entity) => entity.id);
    expect(ids.length + chosen.applications.length).toBeLessThanOrEqual(DYNAMIC_ENTITY_LIMITS.entities);
    expect(ids.slice(0, 75).every((id) => id.startsWith('us-west-2'))).toBe(true);
    expect(ids[0]).toBe('us-west-2-db-42');
    expect(ids[75]).toBe('us-east-1-db-70');
  });

  it('gives a phrase two names share to the one it fully names, never to both', () => {
    // Prepare: "ledger" is ledger's whole name and a short form of prod-ledger-01
    const inventories = [
      {
        region: 'us-west-2',
        instances: ['ledger', 'prod-ledger-01'].map((name) =>
          toInstanceSummary(dbInstance({ identifier: name, name }), 'us-west-2', {
            instance: 'instance',
            application: 'application',
            environment: 'environment',
          }),
        ),
      },
    ];

    // Act
    const { instances } = fleetNameEntities(inventories, { recent: [] });

    // Assess
    const said = (id: string) => {
      const entity = instances.find((e) => e.id === id)!;
      return [entity.value, ...entity.synonyms];
    };
    expect(said('ledger')).toEqual(['ledger']);
    expect(said('prod-ledger-01')).toContain('prod ledger zero one');
    expect(said('prod-ledger-01')).not.toContain('ledger');
  });
});

import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { dialog, er, Response } from 'ask-sdk-model';
import { fleetNameEntities, type NameEntity } from '../../domain/fleet/fleetNameEntities.js';
import { SLOT_TYPES, SLOTS } from '../../intents/interactionModel.js';
import { findRequestContext } from '../../intents/RequestContext.js';
import { readSlot } from '../../intents/slots/readSlot.js';

/** Session attribute: the Regions whose names this session's dynamic entities hold. */
const SENT_KEY = 'dbvoiceEntityRegions';

/**
 * Whether this response may carry Dialog.UpdateDynamicEntities. Only answers to a LaunchRequest or an
 * IntentRequest (not SessionEnded, CanFulfillIntent or device events), only when the session stays open
 * (entities expire with it), and only without another Dialog directive: the skill's questions and Alexa's
 * delegated dialog keep theirs alone, and the names follow in the next answer.
 */
function mayCarryEntities(input: HandlerInput, response: Response): boolean {
  const { request, session } = input.requestEnvelope;
  if (!session || (request.type !== 'LaunchRequest' && request.type !== 'IntentRequest')) return false;
  if (response.shouldEndSession !== false) return false;
  return !(response.directives ?? []).some((directive) => directive.type.startsWith('Dialog.'));
}

function entityType(name: string, entities: readonly NameEntity[]): er.dynamic.EntityListItem {
  return {
    name,
    values: entities.map(({ id, value, synonyms }) => ({
      id,
      name: synonyms.length > 0 ? { value, synonyms: [...synonyms] } : { value },
    })),
  };
}

/**
 * How long a cold Launch waits for the managed Regions' names before it welcomes without them. The
 * inventory it loads is the one the first question needs anyway (kept for the inventory TTL), so the wait
 * moves time from that question to the welcome rather than adding any: measured on the emulator with
 * 150 ms per AWS call and two Regions, the Launch takes about 290 ms and the question that follows makes no
 * RDS call. A Region slower than this is left to the first answer, which then carries the names.
 */
const LAUNCH_WAIT_MS = 1_500;

/**
 * Puts the fleet's instance and application names into Alexa's recognition for this session (REPLACE), so
 * "inventory api" is heard as the instance inventory-api, not as "inventory". The names come from the
 * Region inventories the container holds; a Launch in a container that holds none describes the managed
 * Regions (one paginated DescribeDBInstances each, in parallel) within LAUNCH_WAIT_MS, and a warm Launch
 * makes no AWS call. When the session later holds Regions it did not send, the next answer replaces the
 * list, the Region asked about and recently used names first.
 */
export const dynamicEntitiesResponseInterceptor: ResponseInterceptor = {
  async process(input, response) {
    const context = findRequestContext(input);
    if (!context || !response || !mayCarryEntities(input, response)) return;
    const { services } = context;
    const asked = readSlot(input, SLOTS.region).id;
    const regions = [...new Set([...(asked ? [asked] : []), ...services.config.regions])];
    const launch = input.requestEnvelope.request.type === 'LaunchRequest';
    if (launch) {
      // Failures are left to the question that needs the Region: the welcome is spoken either way.
      for (const region of services.config.regions)
        if (!services.inventory.held(region))
          services.inventory.instances(region, context.deadline).catch(() => undefined);
    }
    const held = regions.flatMap((region) => {
      const instances = services.inventory.held(region);
      return instances ? [{ region, instances }] : [];
    });
    const attributes = input.attributesManager.getSessionAttributes();
    const sent = new Set(Array.isArray(attributes[SENT_KEY]) ? (attributes[SENT_KEY] as string[]) : []);
    if (held.length === 0 || held.every(({ region }) => sent.has(region))) return;

    // Held promises are settled by now, unless the answer gave up on a slow Region at the deadline (or
    // this is a Launch still describing the Regions).
    let timer: NodeJS.Timeout | undefined;
    const timeLeft = new Promise<void>((resolve) => {
      const remaining = context.deadline.remainingMs();
      timer = setTimeout(resolve, launch ? Math.min(LAUNCH_WAIT_MS, remaining) : remaining);
    });
    const inventories = (
      await Promise.all(
        held.map(async ({ region, instances }) => {
          const loaded = await Promise.race([instances, timeLeft]).catch(() => undefined);
          return loaded ? { region, instances: loaded } : undefined;
        }),
      )
    ).filter((inventory) => inventory !== undefined);
    clearTimeout(timer);
    const language = input.requestEnvelope.request.locale?.split('-')[0];
    const names = fleetNameEntities(inventories, {
      ...(asked ? { region: asked } : {}),
      ...(language ? { language } : {}),
      recent: services.recentNames.list(),
    });
    if (names.instances.length + names.applications.length === 0) return;

    const directive: dialog.DynamicEntitiesDirective = {
      type: 'Dialog.UpdateDynamicEntities',
      updateBehavior: 'REPLACE',
      types: [
        entityType(SLOT_TYPES.DB_INSTANCE, names.instances),
        entityType(SLOT_TYPES.APPLICATION, names.applications),
      ].filter((type) => type.values.length > 0),
    };
    response.directives = [...(response.directives ?? []), directive];
    input.attributesManager.setSessionAttributes({
      ...attributes,
      [SENT_KEY]: inventories.map(({ region }) => region),
    });
    context.logger.debug('Dynamic entities sent', {
      regions: inventories.map(({ region }) => region),
      instances: names.instances.length,
      applications: names.applications.length,
    });
  },
};

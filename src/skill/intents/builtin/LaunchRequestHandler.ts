import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { requestContext } from '../RequestContext.js';
import { respond } from '../respond.js';
import { fleetExample } from './fleetExample.js';

/**
 * How long the welcome waits for the managed Regions' inventories so that its reprompt's example names a
 * Region the fleet has. The same loads the dynamic entities of a Launch wait for (the first question needs
 * them anyway), so the wait moves time rather than adds a call; a slower Region leaves the generic example.
 */
const LAUNCH_WAIT_MS = 1_500;

export const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  async handle(input) {
    const context = requestContext(input);
    const { strings, services, deadline } = context;
    // A cold Launch loads the managed Regions' inventories for the session's names (shared, cached calls:
    // dynamicEntitiesResponseInterceptor then finds them held); failures are left to the first question.
    for (const region of services.config.regions)
      if (!services.inventory.held(region))
        services.inventory.instances(region, deadline).catch(() => undefined);
    const example = await fleetExample(context, LAUNCH_WAIT_MS);
    return respond(input, {
      speech: strings.launch.speech,
      reprompt: example ? strings.launchRepromptFor(example) : strings.launch.reprompt,
      card: { title: strings.skillName },
    });
  },
};

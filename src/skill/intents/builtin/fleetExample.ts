import { spokenNameOf } from '../../domain/fleet/nameReadings.js';
import type { FleetExample } from '../../speech/SpeechStrings.js';
import type { RequestContext } from '../RequestContext.js';

/**
 * An instance and its Region for help's examples, from the inventory the container already holds (never an
 * AWS call of its own): the first managed Region, in configured order, that holds an instance, and its
 * first instance by name, both as the listener says them (an instance's reading in the request's language).
 * Undefined when nothing is held, or nothing arrives within `waitMs` (a Region still loading, or failed):
 * help then names the demo fleet's examples rather than keep the user waiting.
 */
export async function fleetExample(
  context: RequestContext,
  waitMs: number,
): Promise<FleetExample | undefined> {
  const { services, strings, deadline } = context;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeUp = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(0, Math.min(waitMs, deadline.remainingMs())));
  });
  try {
    for (const region of services.config.regions) {
      const held = services.inventory.held(region);
      if (!held) continue;
      const instances = await Promise.race([held.catch(() => undefined), timeUp]);
      const first = [...(instances ?? [])].sort((a, b) => a.name.localeCompare(b.name))[0];
      if (first) return { instance: spokenNameOf(first, strings.locale), region: strings.region(region) };
    }
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

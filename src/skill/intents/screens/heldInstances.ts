import type { DbInstanceSummary } from '../../domain/fleet/DbInstanceSummary.js';
import type { RequestContext } from '../RequestContext.js';

/**
 * The instances of the Regions the container already holds (the answer just read them through the shared
 * inventory), for a screen to show their engines: never an AWS call. A Region not held, or whose read failed,
 * adds nothing, and its rows go without an engine.
 */
export async function heldInstances(
  context: RequestContext,
  regions: readonly string[],
): Promise<readonly DbInstanceSummary[]> {
  const held = await Promise.all(
    regions.map((region) => context.services.inventory.held(region)?.catch(() => []) ?? []),
  );
  return held.flat();
}

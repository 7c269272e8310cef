import { type FleetFilter, type RegionInstances, tagValueMatches } from '../../domain/fleet/FleetService.js';

/**
 * The filter in the fleet's own spelling: someone says "prod", the tags say "production", and the answer
 * should use the tag.
 */
export function fleetSpelling(filter: FleetFilter, byRegion: RegionInstances): FleetFilter {
  const first = byRegion.answered.flatMap((r) => r.instances)[0];
  // Words that named an application or instance rather than an environment (see FleetService) keep theirs.
  const environment =
    filter.environment &&
    (first?.environment && tagValueMatches(first.environment, filter.environment)
      ? first.environment
      : filter.environment);
  const application = filter.application && (first?.application ?? filter.application);
  return {
    ...(environment ? { environment } : {}),
    ...(application ? { application } : {}),
    ...(filter.engine ? { engine: filter.engine } : {}),
  };
}

import { loadFleet } from '../../local/emulator/fleet/loadFleet.js';
import { collectFleetNames, type FleetNames, type TagKeys } from './FleetNames.js';
import { ModelError } from './ModelError.js';

/**
 * The names in an emulator fleet file (src/local/emulator/fleet): instances with their tags, and clusters,
 * whose tags name applications and environments but which are not instances themselves.
 */
export function fleetNamesFromFile(path: string, tagKeys: TagKeys): FleetNames {
  let fleet: ReturnType<typeof loadFleet>;
  try {
    fleet = loadFleet(path);
  } catch (cause) {
    throw new ModelError((cause as Error).message, { cause });
  }
  const resources = Object.values(fleet.regions).flatMap((region) => [
    ...(region.instances ?? []).map((instance) => ({
      identifier: instance.identifier,
      tags: instance.tags ?? {},
    })),
    ...(region.clusters ?? []).map((cluster) => ({ tags: cluster.tags ?? {} })),
  ]);
  return collectFleetNames(resources, tagKeys);
}

import type { Deadline } from '../Deadline.js';
import { closestNames } from './closestNames.js';
import type { DbInstanceSummary } from './DbInstanceSummary.js';
import { ApplicationNotFound, InstanceAmbiguous, InstanceNotFound } from './errors.js';
import { normaliseName } from './normaliseName.js';
import type { RegionInventory } from './RegionInventory.js';

/** Optional tag filters for counts and lists. */
export interface FleetFilter {
  readonly environment?: string;
  readonly application?: string;
}

/** Instances grouped by Region, in the order the Regions were asked for. */
export type RegionInstances = ReadonlyArray<{
  readonly region: string;
  readonly instances: readonly DbInstanceSummary[];
}>;

function matches(tagValue: string | undefined, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  if (tagValue === undefined) return false;
  const have = normaliseName(tagValue);
  const want = normaliseName(wanted);
  // "prod" and "production" are the same environment to the people asking.
  return (
    have === want ||
    (want.length >= 3 && have.startsWith(want)) ||
    (have.length >= 3 && want.startsWith(have))
  );
}

/**
 * Answers "which instances" questions over the tagged fleet: Regions are read in parallel through the
 * inventory cache, instances are found by their instance tag (falling back to the identifier).
 */
export class FleetService {
  constructor(private readonly inventory: RegionInventory) {}

  async instancesByRegion(
    regions: readonly string[],
    deadline: Deadline,
    filter: FleetFilter = {},
  ): Promise<RegionInstances> {
    const all = await Promise.all(regions.map((region) => this.inventory.instances(region, deadline)));
    return regions.map((region, i) => ({
      region,
      instances: all[i]!.filter(
        (instance) =>
          matches(instance.environment, filter.environment) &&
          matches(instance.application, filter.application),
      ),
    }));
  }

  /** Instances of one application; ApplicationNotFound (with close names) when no instance carries it. */
  async instancesOfApplication(
    application: string,
    regions: readonly string[],
    deadline: Deadline,
    environment?: string,
  ): Promise<RegionInstances> {
    const byRegion = await this.instancesByRegion(regions, deadline, environment ? { environment } : {});
    const result = byRegion.map(({ region, instances }) => ({
      region,
      instances: instances.filter((i) => matches(i.application, application)),
    }));
    if (result.every((r) => r.instances.length === 0)) {
      const known = byRegion
        .flatMap((r) => r.instances.map((i) => i.application ?? ''))
        .filter((a) => a !== '');
      throw new ApplicationNotFound(application, regions, closestNames(application, known));
    }
    return result;
  }

  /**
   * The one instance the user means. Exact name or identifier matches win; when the name exists in
   * several of the searched Regions the caller must ask which (InstanceAmbiguous).
   */
  async findInstance(
    spoken: string,
    regions: readonly string[],
    deadline: Deadline,
  ): Promise<DbInstanceSummary> {
    const byRegion = await this.instancesByRegion(regions, deadline);
    const wanted = normaliseName(spoken);
    const all = byRegion.flatMap((r) => r.instances);
    const byName = all.filter((i) => normaliseName(i.name) === wanted);
    const found = byName.length > 0 ? byName : all.filter((i) => normaliseName(i.identifier) === wanted);
    const foundRegions = [...new Set(found.map((i) => i.region))];
    if (foundRegions.length > 1) throw new InstanceAmbiguous(spoken, foundRegions);
    // Within one Region a name shared by several instances (an Aurora writer and reader tagged alike)
    // resolves to the writer-like first entry in identifier order, which is stable across requests.
    const chosen = [...found].sort((a, b) => a.identifier.localeCompare(b.identifier))[0];
    if (chosen) return chosen;
    throw new InstanceNotFound(
      spoken,
      regions,
      closestNames(
        spoken,
        all.flatMap((i) => [i.name]),
      ),
    );
  }
}

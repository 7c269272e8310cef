import { AwsCallFailed } from '../../../aws/AwsCallFailed.js';
import type { Deadline } from '../Deadline.js';
import type { MissingRegion } from '../MissingRegion.js';
import { untilDeadline } from '../untilDeadline.js';
import type { EngineFamilyId } from '../vocabulary.js';
import { closestNames } from './closestNames.js';
import type { DbInstanceSummary } from './DbInstanceSummary.js';
import {
  ApplicationNotFound,
  InstanceAmbiguous,
  InstanceNotFound,
  type SuggestionReadings,
} from './errors.js';
import { isInEngineFamily } from './isInEngineFamily.js';
import { normaliseName } from './normaliseName.js';
import type { RegionInventory } from './RegionInventory.js';

/** Optional filters for counts and lists: the environment and application tags, and the engine family. */
export interface FleetFilter {
  readonly environment?: string;
  readonly application?: string;
  readonly engine?: EngineFamilyId;
}

/**
 * Instances grouped by the Regions that answered, in the order they were asked for, and the Regions that
 * did not (failed, or too slow for the deadline): an answer from `answered` alone must say it is partial.
 */
export interface RegionInstances {
  readonly answered: ReadonlyArray<{
    readonly region: string;
    readonly instances: readonly DbInstanceSummary[];
  }>;
  readonly missing: readonly MissingRegion[];
}

/** The Regions that answered, in the order asked, and how many instances they hold: what a report covers. */
export function answeredSummary(fleet: RegionInstances): { regions: string[]; instanceCount: number } {
  return {
    regions: fleet.answered.map((r) => r.region),
    instanceCount: fleet.answered.reduce((sum, r) => sum + r.instances.length, 0),
  };
}

export function tagValueMatches(tagValue: string | undefined, wanted: string | undefined): boolean {
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
 * Which instances the environment words select. Words that name no environment of the instances read are
 * taken as the application or instance they name: "is anything wrong with reporting" and "how many blog
 * instances in Oregon" put a name where an environment may stand, and Alexa fills the environment slot with
 * it; filtering on it as an environment would answer "all clear" or "none" about instances that exist.
 */
function environmentMatcher(
  wanted: string | undefined,
  read: readonly DbInstanceSummary[],
): (instance: DbInstanceSummary) => boolean {
  if (wanted === undefined) return () => true;
  if (read.some((instance) => tagValueMatches(instance.environment, wanted)))
    return (instance) => tagValueMatches(instance.environment, wanted);
  const name = normaliseName(wanted);
  const said = (value: string | undefined) => value !== undefined && normaliseName(value) === name;
  return (instance) =>
    tagValueMatches(instance.application, wanted) ||
    Object.values(instance.applicationReadings ?? {}).some(said) ||
    isNamed(instance, name);
}

/** Whether the instance's name, or one of its readings (instance-ja), is `wanted` (already normalised). */
function isNamed(instance: DbInstanceSummary, wanted: string): boolean {
  return (
    normaliseName(instance.name) === wanted ||
    Object.values(instance.readings ?? {}).some((reading) => normaliseName(reading) === wanted)
  );
}

/**
 * Answers "which instances" questions over the tagged fleet: Regions are read in parallel through the
 * inventory cache, instances are found by their instance tag (falling back to the identifier).
 */
export class FleetService {
  constructor(private readonly inventory: RegionInventory) {}

  /**
   * Every Region is read in parallel; one that fails the way AWS fails (AwsCallFailed) or does not answer
   * by the deadline is reported in `missing` instead of failing the whole answer. When no Region answers,
   * the first failure is thrown: there is nothing to say but why. Anything else (a bug) is thrown as is.
   */
  async instancesByRegion(
    regions: readonly string[],
    deadline: Deadline,
    filter: FleetFilter = {},
  ): Promise<RegionInstances> {
    const settled = await Promise.allSettled(
      regions.map((region) =>
        untilDeadline(this.inventory.instances(region, deadline), deadline, 'DescribeDBInstances'),
      ),
    );
    const answered: { region: string; instances: readonly DbInstanceSummary[] }[] = [];
    const missing: MissingRegion[] = [];
    const failures: AwsCallFailed[] = [];
    const read = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value : []));
    const inEnvironment = environmentMatcher(filter.environment, read);
    settled.forEach((outcome, i) => {
      const region = regions[i]!;
      if (outcome.status === 'fulfilled') {
        answered.push({
          region,
          instances: outcome.value.filter(
            (instance) =>
              inEnvironment(instance) &&
              tagValueMatches(instance.application, filter.application) &&
              (filter.engine === undefined || isInEngineFamily(instance.engine, filter.engine)),
          ),
        });
        return;
      }
      if (!(outcome.reason instanceof AwsCallFailed)) throw outcome.reason;
      failures.push(outcome.reason);
      missing.push({ region, reason: outcome.reason.reason });
    });
    if (answered.length === 0 && failures[0]) throw failures[0];
    return { answered, missing };
  }

  /** Instances of one application; ApplicationNotFound (with close names) when no instance carries it. */
  async instancesOfApplication(
    application: string,
    regions: readonly string[],
    deadline: Deadline,
    environment?: string,
  ): Promise<RegionInstances> {
    const fleet = await this.instancesByRegion(regions, deadline, environment ? { environment } : {});
    const answered = fleet.answered.map(({ region, instances }) => ({
      region,
      instances: instances.filter(
        (i) =>
          tagValueMatches(i.application, application) ||
          Object.values(i.applicationReadings ?? {}).some((reading) => tagValueMatches(reading, application)),
      ),
    }));
    if (answered.every((r) => r.instances.length === 0)) {
      const known = fleet.answered
        .flatMap((r) => r.instances)
        .flatMap((i) =>
          i.application ? [{ name: i.application, readings: i.applicationReadings ?? {} }] : [],
        );
      const suggestions = closestNames(application, known);
      throw new ApplicationNotFound(
        application,
        fleet.answered.map((r) => r.region),
        suggestions,
        fleet.missing,
        readingsOf(suggestions, known),
      );
    }
    return { answered, missing: fleet.missing };
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
    const fleet = await this.instancesByRegion(regions, deadline);
    const wanted = normaliseName(spoken);
    const all = fleet.answered.flatMap((r) => r.instances);
    // A reading (instance-ja) names the instance too: a Japanese transcription Alexa did not resolve.
    const byName = all.filter((i) => isNamed(i, wanted));
    const found = byName.length > 0 ? byName : all.filter((i) => normaliseName(i.identifier) === wanted);
    const foundRegions = [...new Set(found.map((i) => i.region))];
    if (foundRegions.length > 1) {
      const named = byName.find((i) => Object.keys(i.readings ?? {}).length > 0);
      throw new InstanceAmbiguous(named?.name ?? spoken, foundRegions, named?.readings ?? {});
    }
    // Within one Region a name shared by several instances (an Aurora writer and reader tagged alike)
    // resolves to the writer-like first entry in identifier order, which is stable across requests.
    const chosen = [...found].sort((a, b) => a.identifier.localeCompare(b.identifier))[0];
    if (chosen) return chosen;
    // Not found where the fleet answered: the Regions that did not answer are named, never ruled out.
    const named = all.map((i) => ({ name: i.name, readings: i.readings ?? {} }));
    const suggestions = closestNames(spoken, named);
    throw new InstanceNotFound(
      spoken,
      fleet.answered.map((r) => r.region),
      suggestions,
      fleet.missing,
      readingsOf(suggestions, named),
    );
  }
}

/** The readings of each suggested name (the first instance or application so named that has any). */
function readingsOf(
  suggestions: readonly string[],
  named: readonly { name: string; readings: Readonly<Record<string, string>> }[],
): SuggestionReadings {
  return Object.fromEntries(
    suggestions.map((name) => [
      name,
      named.find((n) => n.name === name && Object.keys(n.readings).length > 0)?.readings ?? {},
    ]),
  );
}

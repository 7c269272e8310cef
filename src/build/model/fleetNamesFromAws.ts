import { createAwsClients } from '../../aws/createAwsClients.js';
import { Deadline } from '../../skill/domain/Deadline.js';
import { RegionInventory } from '../../skill/domain/fleet/RegionInventory.js';
import { collectFleetNames, type FleetNames, type TagKeys } from './FleetNames.js';

/** Reading a large fleet page by page from a laptop: generous, but a hung call still ends. */
const BUDGET_MS = 120_000;

/**
 * The names of the fleet in these Regions, read exactly as the skill reads them: the skill's own
 * RegionInventory (one paginated DescribeDBInstances per Region, tags inline) through the standard
 * credential chain and endpoint configuration (AWS_PROFILE, AWS_ENDPOINT_URL, ...).
 */
export async function fleetNamesFromAws(regions: readonly string[], tagKeys: TagKeys): Promise<FleetNames> {
  const inventory = new RegionInventory(createAwsClients(), { inventoryTtlMs: BUDGET_MS, tagKeys });
  const deadline = new Deadline(BUDGET_MS);
  const perRegion = await Promise.all(regions.map((region) => inventory.instances(region, deadline)));
  // The inventory has already read the tags with these keys: its name is the instance tag or the identifier.
  return collectFleetNames(
    perRegion.flat().map((instance) => ({
      identifier: instance.identifier,
      tags: {
        [tagKeys.instance]: instance.name,
        ...(instance.application ? { [tagKeys.application]: instance.application } : {}),
        ...(instance.environment ? { [tagKeys.environment]: instance.environment } : {}),
        ...readingTagsOf(tagKeys.instance, instance.readings),
        ...readingTagsOf(tagKeys.application, instance.applicationReadings),
      },
    })),
    tagKeys,
  );
}

/** The `<key>-<language>` tags the inventory read the readings from, back as tags. */
function readingTagsOf(
  key: string,
  readings: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(readings ?? {}).map(([language, reading]) => [`${key}-${language}`, reading]),
  );
}

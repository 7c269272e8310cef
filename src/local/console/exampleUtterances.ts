import { findRegion } from '../../skill/domain/fleet/regions.js';
import type { Fleet, FleetInstance } from '../emulator/fleet/Fleet.js';

interface Named {
  readonly region: string;
  readonly instance: FleetInstance;
  readonly name: string;
}

/** Names a user can say easily: plain words, no digits or hyphens for the NLU to trip over. */
const SAYABLE = /^[a-z]+( [a-z]+)*$/i;

function instancesByTag(fleet: Fleet, tagKey: string): Named[] {
  return Object.entries(fleet.regions).flatMap(([region, r]) =>
    (r.instances ?? []).flatMap((instance) => {
      const name = instance.tags?.[tagKey];
      return name ? [{ region, instance, name }] : [];
    }),
  );
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

/**
 * Five things to try, made from the fleet so they work on any fleet file (the banner and the web page show
 * them; a test checks each one gets a real answer on the demo fleet): a count in a Region, an application's
 * instances, a property, a metric in the past, and alarms for an instance that has some.
 */
export function exampleUtterances(
  fleet: Fleet,
  tagKeys: { readonly instance: string; readonly application: string } = {
    instance: 'instance',
    application: 'application',
  },
): string[] {
  const named = instancesByTag(fleet, tagKeys.instance);
  const unique = named.filter(
    (candidate) =>
      SAYABLE.test(candidate.name) && named.filter((n) => n.name === candidate.name).length === 1,
  );
  const regionCode = Object.keys(fleet.regions).find(
    (code) => (fleet.regions[code]?.instances?.length ?? 0) > 0,
  );
  const regionName = regionCode ? findRegion(regionCode)?.spoken : undefined;
  const application = mostCommon(
    instancesByTag(fleet, tagKeys.application)
      .map((n) => n.instance.tags?.[tagKeys.application] ?? '')
      .filter((name) => SAYABLE.test(name)),
  );
  const alarmed = unique.find((candidate) =>
    (fleet.regions[candidate.region]?.alarms ?? []).some(
      (alarm) =>
        alarm.state === 'ALARM' && alarm.dimensions?.DBInstanceIdentifier === candidate.instance.identifier,
    ),
  );
  const metricTarget = alarmed ?? unique[0];
  const propertyTarget = unique.find((candidate) => candidate !== metricTarget) ?? metricTarget;

  const examples: string[] = [];
  examples.push(regionName ? `how many instances in ${regionName}` : 'how many instances');
  examples.push(application ? `list instances of application ${application}` : 'list applications');
  if (propertyTarget) examples.push(`what's the engine of ${propertyTarget.name}`);
  if (metricTarget) examples.push(`what was the cpu on ${metricTarget.name} thirty minutes ago`);
  if (alarmed) examples.push(`list alarms for ${alarmed.name}`);
  else if (metricTarget) examples.push(`list events for ${metricTarget.name}`);
  for (const filler of ['list applications', 'how many instances', 'help']) {
    if (examples.length < 5 && !examples.includes(filler)) examples.push(filler);
  }
  return examples.slice(0, 5);
}

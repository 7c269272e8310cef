import { findRegion } from '../../skill/domain/fleet/regions.js';
import { regionNameJa } from '../../skill/speech/locales/ja-JP/regionNames.js';
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
  locale = 'en-US',
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

  if (locale.startsWith('ja'))
    return japaneseExamples(
      { regionCode, application, propertyTarget, metricTarget, alarmed },
      fleet,
      tagKeys,
    );
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

/**
 * The same five in Japanese, each name said by its reading (its `-ja` tag) where it has one, as a Japanese
 * listener's Alexa hears it.
 */
function japaneseExamples(
  picked: {
    readonly regionCode: string | undefined;
    readonly application: string | undefined;
    readonly propertyTarget: Named | undefined;
    readonly metricTarget: Named | undefined;
    readonly alarmed: Named | undefined;
  },
  fleet: Fleet,
  tagKeys: { readonly instance: string; readonly application: string },
): string[] {
  const said = (named: Named) => named.instance.tags?.[`${tagKeys.instance}-ja`] ?? named.name;
  const applicationReading = Object.values(fleet.regions)
    .flatMap((region) => region.instances ?? [])
    .find((instance) => instance.tags?.[tagKeys.application] === picked.application)?.tags?.[
    `${tagKeys.application}-ja`
  ];
  const examples: string[] = [];
  examples.push(
    picked.regionCode ? `${regionNameJa(picked.regionCode)}にあるインスタンスの数` : 'インスタンスの数',
  );
  examples.push(
    picked.application
      ? `アプリケーション${applicationReading ?? picked.application}のインスタンスを教えて`
      : 'アプリケーションの一覧を見せて',
  );
  if (picked.propertyTarget) examples.push(`${said(picked.propertyTarget)}のエンジンを教えて`);
  if (picked.metricTarget) examples.push(`${said(picked.metricTarget)}の30分前のCPU使用率`);
  if (picked.alarmed) examples.push(`${said(picked.alarmed)}のアラームを教えて`);
  else if (picked.metricTarget) examples.push(`${said(picked.metricTarget)}の最近のイベントを教えて`);
  for (const filler of ['アプリケーションの一覧を見せて', 'インスタンスの数', 'ヘルプ']) {
    if (examples.length < 5 && !examples.includes(filler)) examples.push(filler);
  }
  return examples.slice(0, 5);
}

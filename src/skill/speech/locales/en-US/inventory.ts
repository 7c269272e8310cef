import { ENGINE_FAMILY_NAMES } from '../../engineFamilyNames.js';
import type { InventoryStrings } from '../../SpeechStrings.js';
import type { English } from './common.js';

/** The English words of instance counts and lists and of applications. */
export function inventoryEnglish(en: English): InventoryStrings {
  const { list, plural } = en;
  return {
    where: (regionNames) =>
      regionNames.length === 1 ? regionNames[0]! : `your ${plural(regionNames.length, 'Region', 'Regions')}`,
    describeFilter: (filter) => {
      const of = filter.application ? ` of application ${filter.application}` : '';
      const engine = filter.engine ? `${ENGINE_FAMILY_NAMES[filter.engine]} ` : '';
      const adjective = `${filter.environment ? `${filter.environment} ` : ''}${engine}`;
      return { one: `${adjective}instance${of}`, many: `${adjective}instances${of}` };
    },
    count: (total, what, where) =>
      total === 0
        ? `I found no ${what.many} in ${where}.`
        : `You have ${plural(total, what.one, what.many)} in ${where}.`,
    countAcross: (total, what, parts) =>
      total === 0
        ? `I found no ${what.many} in ${plural(parts.length, 'Region', 'Regions')}.`
        : `You have ${plural(total, what.one, what.many)} across ${plural(parts.filter((p) => p.count > 0).length, 'Region', 'Regions')}: ${list(
            parts.filter((p) => p.count > 0).map((p) => `${en.number(p.count)} in ${p.region}`),
          )}.`,
    list: (what, where, names) =>
      names.length === 0
        ? `I found no ${what.many} in ${where}.`
        : `In ${where} you have ${plural(names.length, what.one, what.many)}: ${list(names)}.`,
    listRegionPart: (where, names) => `In ${where}: ${list(names)}.`,
    listAcrossIntro: (total, what) => `You have ${plural(total, what.one, what.many)}.`,
    applications: (where, apps, untagged) =>
      (apps.length === 0
        ? `I found no applications in ${where}.`
        : en.message('{count, plural, one {There is # application} other {There are # applications}}', {
            count: apps.length,
          }) + ` in ${where}: ${list(apps)}.`) +
      (untagged > 0
        ? ` ${en.message('{count, plural, one {# instance has} other {# instances have}}', { count: untagged })} no application tag.`
        : ''),
    applicationInstances: (application, where, names) =>
      `Application ${application} has ${plural(names.length, 'instance', 'instances')} in ${where}: ${list(names)}.`,
  };
}

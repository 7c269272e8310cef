import { ENGINE_FAMILY_NAMES } from '../../engineFamilyNames.js';
import type { InventoryStrings } from '../../SpeechStrings.js';
import { counted, environmentWords, list } from './common.js';

/** Instances are counted in 台, applications in 個. */
const machines = (n: number) => counted(n, '台');

/** The Japanese words of instance counts and lists and of applications. */
export const inventoryJaJP: InventoryStrings = {
  where: (regionNames) =>
    regionNames.length === 1 ? regionNames[0]! : `全${counted(regionNames.length, 'リージョン')}`,
  describeFilter: (filter) => {
    const application = filter.application ? `アプリケーション${filter.application}の` : '';
    const environment = filter.environment ? `${environmentWords(filter.environment)}環境の` : '';
    const engine = filter.engine ? ENGINE_FAMILY_NAMES[filter.engine] : '';
    const noun = `${application}${environment}${engine}インスタンス`;
    return { one: noun, many: noun };
  },
  count: (total, what, where) =>
    total === 0
      ? `${where}には${what.many}が見つかりませんでした。`
      : `${where}には${what.many}が${machines(total)}あります。`,
  countAcross: (total, what, parts) => {
    const used = parts.filter((p) => p.count > 0);
    return total === 0
      ? `${counted(parts.length, 'つ')}のリージョンには${what.many}が見つかりませんでした。`
      : `${what.many}は${counted(used.length, 'リージョン')}に合計${machines(total)}あります。` +
          `内訳は、${list(used.map((p) => `${p.region}に${machines(p.count)}`))}です。`;
  },
  list: (what, where, names) =>
    names.length === 0
      ? `${where}には${what.many}が見つかりませんでした。`
      : `${where}には${what.many}が${machines(names.length)}あります。${list(names)}です。`,
  listRegionPart: (where, names) => `${where}は、${list(names)}です。`,
  listAcrossIntro: (total, what) => `${what.many}は${machines(total)}あります。`,
  applications: (where, apps, untagged) =>
    (apps.length === 0
      ? `${where}にはアプリケーションが見つかりませんでした。`
      : `${where}にはアプリケーションが${counted(apps.length, '個')}あります。${list(apps)}です。`) +
    (untagged > 0 ? `アプリケーションのタグがないインスタンスが${machines(untagged)}あります。` : ''),
  applicationInstances: (application, where, names) =>
    `アプリケーション${application}のインスタンスは、${where}に${machines(names.length)}あります。${list(names)}です。`,
};

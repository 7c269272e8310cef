import { ENGINE_NAMES as PRODUCT_NAMES } from '../engineNames.js';
import type { SpeechStrings } from '../SpeechStrings.js';
import { answersJaJP } from './ja-JP/answers.js';
import { bastionJaJP } from './ja-JP/bastion.js';
import { builtinJaJP } from './ja-JP/builtin.js';
import { LOCALE } from './ja-JP/common.js';
import { errorsJaJP } from './ja-JP/errors.js';
import { fleetHealthJaJP } from './ja-JP/fleetHealth.js';
import { healthJaJP } from './ja-JP/health.js';
import { inventoryJaJP } from './ja-JP/inventory.js';
import { mailJaJP } from './ja-JP/mail.js';
import { regionNameJa } from './ja-JP/regionNames.js';
import { screenJaJP } from './ja-JP/screen.js';
import { tasksJaJP } from './ja-JP/tasks.js';
import { usersJaJP } from './ja-JP/users.js';
import { whoAmIJaJP } from './ja-JP/whoAmI.js';

/** Engine names are product names: said as written, with Japanese only where the name has words. */
const ENGINE_NAMES: Readonly<Record<string, string>> = {
  ...PRODUCT_NAMES,
  'custom-oracle-ee': 'RDS Custom上のOracle Enterprise Edition',
};

/**
 * The Japanese words of the skill, one file per capability under ja-JP/: です/ます, counters (台 for
 * instances, 件 for alarms and events, 個 for applications), Japanese dates (Intl 'ja-JP') and Region names.
 * Declared as SpeechStrings, so a sentence missing here fails to compile.
 */
export const jaJP: SpeechStrings = {
  locale: LOCALE,
  ...builtinJaJP,
  ...errorsJaJP,
  region: regionNameJa,
  engineName: (engine) => ENGINE_NAMES[engine] ?? engine,
  inventory: inventoryJaJP,
  ...healthJaJP,
  fleetHealth: fleetHealthJaJP,
  tasks: tasksJaJP,
  users: usersJaJP,
  bastion: bastionJaJP,
  screen: screenJaJP,
  answers: answersJaJP,
  whoAmI: whoAmIJaJP,
  mail: mailJaJP,
  cards: {
    count: 'インスタンス数',
    list: 'インスタンス',
    applications: 'アプリケーション',
    applicationInstances: (application) => `アプリケーション${application}`,
    property: (instance) => `${instance}：プロパティ`,
    metric: (instance) => `${instance}：メトリクス`,
    alarms: (instance) => `${instance}：アラーム`,
    events: (instance) => `${instance}：イベント`,
  },
};

import { regionSpokenName } from '../../domain/fleet/regions.js';
import { ENGINE_NAMES as PRODUCT_NAMES } from '../engineNames.js';
import type { SpeechStrings } from '../SpeechStrings.js';
import { answersEnUS } from './en-US/answers.js';
import { bastionEnglish } from './en-US/bastion.js';
import { builtinEnglish } from './en-US/builtin.js';
import { type EnglishVariant, english } from './en-US/common.js';
import { errorsEnglish } from './en-US/errors.js';
import { fleetHealthEnglish } from './en-US/fleetHealth.js';
import { healthEnglish } from './en-US/health.js';
import { inventoryEnglish } from './en-US/inventory.js';
import { mailEnglish } from './en-US/mail.js';
import { screenEnglish } from './en-US/screen.js';
import { tasksEnglish } from './en-US/tasks.js';
import { usersEnglish } from './en-US/users.js';
import { whoAmIEnglish } from './en-US/whoAmI.js';

/** Product names as English says them: "Two" in words, and where RDS Custom runs. */
const ENGINE_NAMES: Readonly<Record<string, string>> = {
  ...PRODUCT_NAMES,
  'oracle-se2': 'Oracle Standard Edition Two',
  'oracle-se2-cdb': 'Oracle Standard Edition Two',
  'custom-oracle-ee': 'Oracle Enterprise Edition on R. D. S. Custom',
};

/**
 * The words of the skill in one English locale, assembled from the one English source (one file per
 * capability under en-US/) and the variant's conventions: its locale for dates, times, numbers, lists and
 * plurals, its spellings, its example Region. en-GB and the others are this call with their variant, not
 * copies. Declared as SpeechStrings, so a sentence missing here fails to compile.
 */
export function englishStrings(variant: EnglishVariant): SpeechStrings {
  const en = english(variant);
  return {
    locale: variant.locale,
    ...builtinEnglish(en),
    ...errorsEnglish(en),
    region: (code) => regionSpokenName(code),
    engineName: (engine) => ENGINE_NAMES[engine] ?? engine,
    inventory: inventoryEnglish(en),
    ...healthEnglish(en),
    fleetHealth: fleetHealthEnglish(en),
    tasks: tasksEnglish(en),
    users: usersEnglish(en),
    bastion: bastionEnglish(en),
    screen: screenEnglish(en),
    answers: answersEnUS,
    whoAmI: whoAmIEnglish,
    mail: mailEnglish(en),
    cards: {
      count: 'Instance count',
      list: 'Instances',
      applications: 'Applications',
      applicationInstances: (application) => `Application ${application}`,
      property: (instance) => `${instance}: property`,
      metric: (instance) => `${instance}: metric`,
      alarms: (instance) => `${instance}: alarms`,
      events: (instance) => `${instance}: events`,
    },
  };
}

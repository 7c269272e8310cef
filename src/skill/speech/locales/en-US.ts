import { regionSpokenName } from '../../domain/fleet/regions.js';
import type { SpeechStrings } from '../SpeechStrings.js';
import { answersEnUS } from './en-US/answers.js';
import { bastionEnUS } from './en-US/bastion.js';
import { builtinEnUS } from './en-US/builtin.js';
import { LOCALE } from './en-US/common.js';
import { errorsEnUS } from './en-US/errors.js';
import { fleetHealthEnUS } from './en-US/fleetHealth.js';
import { healthEnUS } from './en-US/health.js';
import { inventoryEnUS } from './en-US/inventory.js';
import { screenEnUS } from './en-US/screen.js';
import { tasksEnUS } from './en-US/tasks.js';

const ENGINE_NAMES: Record<string, string> = {
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  postgres: 'PostgreSQL',
  'aurora-mysql': 'Aurora MySQL',
  'aurora-postgresql': 'Aurora PostgreSQL',
  aurora: 'Aurora MySQL',
  'oracle-ee': 'Oracle Enterprise Edition',
  'oracle-ee-cdb': 'Oracle Enterprise Edition',
  'oracle-se2': 'Oracle Standard Edition Two',
  'oracle-se2-cdb': 'Oracle Standard Edition Two',
  'custom-oracle-ee': 'Oracle Enterprise Edition on R. D. S. Custom',
  'sqlserver-ee': 'SQL Server Enterprise Edition',
  'sqlserver-se': 'SQL Server Standard Edition',
  'sqlserver-ex': 'SQL Server Express Edition',
  'sqlserver-web': 'SQL Server Web Edition',
  db2: 'Db2',
  'db2-se': 'Db2 Standard Edition',
  'db2-ae': 'Db2 Advanced Edition',
};

/**
 * The English (US) words of the skill, assembled from one file per capability under en-US/. Declared as
 * SpeechStrings, so a sentence missing here, or one the interface does not know, fails to compile.
 */
export const enUS: SpeechStrings = {
  locale: LOCALE,
  ...builtinEnUS,
  ...errorsEnUS,
  region: (code) => regionSpokenName(code),
  engineName: (engine) => ENGINE_NAMES[engine] ?? engine,
  inventory: inventoryEnUS,
  ...healthEnUS,
  fleetHealth: fleetHealthEnUS,
  tasks: tasksEnUS,
  bastion: bastionEnUS,
  screen: screenEnUS,
  answers: answersEnUS,
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

import type { Fleet, FleetParameter, FleetRegion } from '../emulator/fleet/Fleet.js';
import { defaultSkillId } from '../simulator/defaultSkillId.js';

/** The account id the emulator uses when the fleet file names none (see src/local/emulator/README.md). */
const DEFAULT_ACCOUNT = '123456789012';

export interface SkillEnvironmentOptions {
  readonly fleet: Fleet;
  /** The emulator's base URL: every SDK client of the skill is pointed at it. */
  readonly emulatorUrl: string;
  /** Set last: tests shorten INVENTORY_TTL_SECONDS, benchmarks change REQUEST_BUDGET_MS, and so on. */
  readonly overrides?: Readonly<Record<string, string>>;
}

/**
 * The Lambda's "home" Region, where its topic, state table and parameters live: the first fleet Region that
 * has a topic or a table, else the first Region.
 */
function homeRegion(fleet: Fleet): [string, FleetRegion] {
  const regions = Object.entries(fleet.regions);
  const home = regions.find(
    ([, region]) => (region.topics?.length ?? 0) > 0 || (region.tables?.length ?? 0) > 0,
  );
  const chosen = home ?? regions[0];
  if (!chosen) throw new Error('the fleet has no Regions');
  return chosen;
}

/** The MFA user's parameters as the fleet names them (e.g. /dbvoice/mfa/access-key-id), when it has them. */
function mfaParameters(parameters: readonly FleetParameter[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { name } of parameters) {
    if (!/mfa/i.test(name)) continue;
    if (/secret/i.test(name)) env.MFA_SECRET_KEY_PARAMETER = name;
    else if (/access-?key/i.test(name)) env.MFA_ACCESS_KEY_PARAMETER = name;
    else if (/serial/i.test(name)) env.MFA_SERIAL_PARAMETER = name;
  }
  return env;
}

/**
 * The environment the skill's Lambda would have if it were deployed over this fleet, pointed at the emulator.
 * Built from scratch rather than on top of process.env: a developer's own AWS_PROFILE, credentials or
 * AWS_ENDPOINT_URL_<SERVICE> must never send the console's calls to a real account.
 */
export function skillEnvironment(options: SkillEnvironmentOptions): Record<string, string> {
  const { fleet } = options;
  const [home, region] = homeRegion(fleet);
  const account = fleet.account ?? DEFAULT_ACCOUNT;
  const parameters = region.parameters ?? [];
  const topic = region.topics?.[0];
  const table = region.tables?.[0];
  const allowList = parameters.find((parameter) => /allowed-users/i.test(parameter.name));
  return {
    ...(process.env.PATH ? { PATH: process.env.PATH } : {}),
    AWS_ENDPOINT_URL: options.emulatorUrl,
    // The emulator accepts any keys; these only have to look like keys to the SDK's signer.
    AWS_ACCESS_KEY_ID: 'AKIALOCALCONSOLE0000',
    AWS_SECRET_ACCESS_KEY: 'local-console-secret-access-key',
    AWS_REGION: home,
    AWS_DEFAULT_REGION: home,
    // No shared config or IMDS: nothing but the variables above may configure the clients.
    AWS_CONFIG_FILE: '/nonexistent/dbvoice-local-console/config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/dbvoice-local-console/credentials',
    AWS_EC2_METADATA_DISABLED: 'true',
    DBVOICE_REGIONS: Object.keys(fleet.regions).join(','),
    SKILL_ID: defaultSkillId,
    TOPIC_ARN: topic ? `arn:aws:sns:${home}:${account}:${topic}` : '',
    STATE_TABLE: table?.name ?? '',
    // Empty turns the allow-list off; a fleet that seeds one gets it enforced like a deployment.
    ALLOWED_USERS_PARAMETER: allowList?.name ?? '',
    ...mfaParameters(parameters),
    // The demo fleet's development instances are this machine's own MariaDB (root) and PostgreSQL
    // (postgres); a deployment uses a dedicated monitoring user instead (sql-scripts/README.md).
    DBVOICE_DB_USER_MYSQL: 'root',
    DBVOICE_DB_USER_POSTGRES: 'postgres',
    POWERTOOLS_SERVICE_NAME: 'dbvoice',
    POWERTOOLS_LOG_LEVEL: 'INFO',
    // EMF lines are CloudWatch's business; locally they would only bury the log lines.
    POWERTOOLS_METRICS_DISABLED: 'true',
    ...options.overrides,
  };
}

import { type BastionConfig, readBastionConfig } from '../bastion/BastionConfig.js';
import { findRegion } from '../fleet/regions.js';
import { positiveNumber } from './positiveNumber.js';

/** Everything the skill reads from its environment, read once per container. */
export interface SkillConfig {
  /** Alexa skill id; requests from any other skill are rejected. Empty only in local tools. */
  readonly skillId: string;
  /** The Regions this deployment manages: "all regions" means these, and instances are searched here. */
  readonly regions: readonly string[];
  readonly tagKeys: { readonly instance: string; readonly application: string; readonly environment: string };
  /** How long a Region's inventory stays cached in a warm container. */
  readonly inventoryTtlMs: number;
  /** Time budget for one request, below Alexa's ~8 s. */
  readonly requestBudgetMs: number;
  /** Parameter Store prefix for bastion names and per-instance settings (default /rds). */
  readonly parameterPrefix: string;
  /** SNS topic for e-mailed results, or empty. */
  readonly topicArn: string;
  /** DynamoDB table for per-user state (notifications, lockouts), or empty. */
  readonly stateTable: string;
  /** Parameter holding the optional allow-list of Alexa user/person ids; empty turns the allow-list off. */
  readonly allowListParameter: string;
  /** The Lambda's own Region: where its parameters, state table and topic live. */
  readonly homeRegion: string;
  /** Parameter names of the MFA user's long-term keys and device serial (SecureString). */
  readonly mfaParameters: {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly serial: string;
  };
  /** Bastion checks and logs: scripts path, timeouts, database users, thresholds. */
  readonly bastion: BastionConfig;
}

type Env = Record<string, string | undefined>;

/**
 * Reads the configuration. Unknown Region codes in DBVOICE_REGIONS are dropped rather than failing the
 * container, and the Lambda's own Region is the default so a fresh deployment answers at once.
 */
export function readSkillConfig(env: Env = process.env): SkillConfig {
  const home = env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const listed = (env.DBVOICE_REGIONS ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '' && findRegion(code)?.code === code);
  const regions = listed.length > 0 ? [...new Set(listed)] : [home];
  return {
    skillId: env.SKILL_ID ?? '',
    regions,
    tagKeys: {
      instance: env.TAG_INSTANCE || 'instance',
      application: env.TAG_APPLICATION || 'application',
      environment: env.TAG_ENVIRONMENT || 'environment',
    },
    inventoryTtlMs: positiveNumber(env.INVENTORY_TTL_SECONDS, 60) * 1000,
    requestBudgetMs: positiveNumber(env.REQUEST_BUDGET_MS, 6_500),
    parameterPrefix: (env.PARAMETER_PREFIX || '/rds').replace(/\/$/, ''),
    topicArn: env.TOPIC_ARN ?? '',
    stateTable: env.STATE_TABLE ?? '',
    // `??`, not `||`: an explicitly empty name means "no allow-list" (local tools and unit tests).
    allowListParameter: env.ALLOWED_USERS_PARAMETER ?? '/dbvoice/allowed-users',
    homeRegion: home,
    mfaParameters: {
      accessKeyId: env.MFA_ACCESS_KEY_PARAMETER || '/dbvoice/mfa/access-key-id',
      secretAccessKey: env.MFA_SECRET_KEY_PARAMETER || '/dbvoice/mfa/secret-access-key',
      serial: env.MFA_SERIAL_PARAMETER || '/dbvoice/mfa/serial',
    },
    bastion: readBastionConfig(env),
  };
}

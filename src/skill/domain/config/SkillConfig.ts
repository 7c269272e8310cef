import { DbVoiceParameters } from '../../../contract/DbVoiceParameters.js';
import { ParameterPaths } from '../../../contract/ParameterPaths.js';
import { SkillEnvironment as ENV } from '../../../contract/SkillEnvironment.js';
import { SkillTuningEnvironment as TUNING } from '../../../contract/SkillTuningEnvironment.js';
import { type BastionConfig, readBastionConfig } from '../bastion/BastionConfig.js';
import { findRegion } from '../fleet/regions.js';
import { positiveNumber } from './positiveNumber.js';

/** Everything the skill reads from its environment, read once per container. */
export interface SkillConfig {
  /** Alexa skill id; requests from any other skill are rejected. Empty only in local tools. */
  readonly skillId: string;
  /** With no skillId: the parameter holding it (the stack created the skill); empty otherwise. */
  readonly skillIdParameter: string;
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
 * Reads the configuration, by the names src/contract shares with the stacks that set them. Unknown Region codes in DBVOICE_REGIONS are dropped rather than failing the
 * container, and the Lambda's own Region is the default so a fresh deployment answers at once.
 */
export function readSkillConfig(env: Env = process.env): SkillConfig {
  const home = env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const listed = (env[ENV.regions] ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '' && findRegion(code)?.code === code);
  const regions = listed.length > 0 ? [...new Set(listed)] : [home];
  return {
    skillId: env[ENV.skillId] ?? '',
    skillIdParameter: env[ENV.skillIdParameter] ?? '',
    regions,
    tagKeys: {
      instance: env[ENV.tagInstance] || 'instance',
      application: env[ENV.tagApplication] || 'application',
      environment: env[ENV.tagEnvironment] || 'environment',
    },
    inventoryTtlMs: positiveNumber(env[TUNING.inventoryTtlSeconds], 60) * 1000,
    requestBudgetMs: positiveNumber(env[ENV.requestBudgetMs], 6_500),
    parameterPrefix: (env[ENV.parameterPrefix] || ParameterPaths.defaultPrefix).replace(/\/$/, ''),
    topicArn: env[ENV.topicArn] ?? '',
    stateTable: env[ENV.stateTable] ?? '',
    // `??`, not `||`: an explicitly empty name means "no allow-list" (local tools and unit tests).
    allowListParameter: env[ENV.allowedUsersParameter] ?? DbVoiceParameters.allowedUsers,
    homeRegion: home,
    mfaParameters: {
      accessKeyId: env[ENV.mfaAccessKeyParameter] || DbVoiceParameters.mfaAccessKeyId,
      secretAccessKey: env[ENV.mfaSecretKeyParameter] || DbVoiceParameters.mfaSecretAccessKey,
      serial: env[ENV.mfaSerialParameter] || DbVoiceParameters.mfaSerial,
    },
    bastion: readBastionConfig(env),
  };
}

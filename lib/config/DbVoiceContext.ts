import type { Node } from 'constructs';
import { ParameterPaths } from '../../src/contract/ParameterPaths.js';

/** Where a Region's database network is. Without it, that Region gets a small dedicated VPC (NetworkStack). */
export interface NetworkContext {
  readonly vpcId: string;
  /** With privateSubnetIds: imported as given (no lookup). Without: Vpc.fromLookup (needs credentials once). */
  readonly availabilityZones?: readonly string[];
  readonly privateSubnetIds?: readonly string[];
  /** The VPC's CIDR; the bastion's database egress is limited to it when no database security group is named. */
  readonly vpcCidr?: string;
}

/** Everything bin/app.ts reads from CDK context (cdk.json "context" or `-c key=value`), validated once. */
export interface DbVoiceContext {
  /** Account of the skill, bastions and user management (CDK_DEFAULT_ACCOUNT); undefined = environment-agnostic. */
  readonly account: string | undefined;
  /** Region of the skill and the tooling: one of the Regions Alexa can call a Lambda in. */
  readonly homeRegion: string;
  /** Regions whose databases the skill manages: one bastion and one user-management Lambda each. */
  readonly regions: readonly string[];
  readonly skillId: string;
  /** True while skillId is the placeholder: synth works, but Alexa will not be able to call the Lambda. */
  readonly skillIdIsPlaceholder: boolean;
  /**
   * dbvoice:createSkill=true: the skill stack creates the Alexa skill itself (Alexa::ASK::Skill) from
   * skill-package/, so no skill id is copied by hand. Undefined: the skill is created by hand or the ASK CLI.
   */
  readonly createSkill: CreateSkillContext | undefined;
  readonly notificationEmail: string | undefined;
  readonly tagKeys: { readonly instance: string; readonly application: string; readonly environment: string };
  readonly parameterPrefix: string;
  /** Alexa user/person ids allowed to speak; empty = no allow-list parameter is created by the stack. */
  readonly allowedUsers: readonly string[];
  readonly logLevel: string;
  readonly logRetentionDays: number;
  readonly networks: Readonly<Record<string, NetworkContext>>;
  readonly databaseSecurityGroupIds: Readonly<Record<string, readonly string[]>>;
  readonly databasePorts: readonly number[];
  readonly bastionInstanceType: string;
  /** The database account run-check logs in as (its password: `<prefix>/<instance>/dbpassword`). */
  readonly databaseUser: string;
  readonly masterSecretName: string | undefined;
  readonly rotationLambdaArn: string | undefined;
  readonly rotationDays: number;
  /** Account that runs the user-management Automation (ToolingStack); undefined = the same account. */
  readonly centralAccount: string | undefined;
  /** Accounts the central Automation may reach; empty = the deployment account only. */
  readonly databaseAccounts: readonly string[];
  readonly createAutomationAdministrationRole: boolean;
  /**
   * Deploy the Region's Session Manager preferences (SSM-SessionManagerRunShell) with the bastion stack;
   * false when the account already manages them elsewhere (the document exists once per account and Region).
   */
  readonly sessionManagerPreferences: boolean;
  /** When the bastions are patched (AWS-RunPatchBaseline), as a maintenance-window cron or rate expression. */
  readonly patchSchedule: string;
  /** Idle Session Manager sessions end after this many minutes (1-60). */
  readonly sessionIdleTimeoutMinutes: number;
}

/** What creating the skill with CloudFormation needs (lib/README.md, "Let the deployment create the skill"). */
export interface CreateSkillContext {
  /** The Amazon developer account's vendor id (developer console > Settings > My IDs). */
  readonly vendorId: string;
  /**
   * A Secrets Manager secret in the home Region holding {"clientId", "clientSecret", "refreshToken"} of a
   * Login with Amazon profile allowed to use SMAPI; only `{{resolve:secretsmanager:...}}` reaches the template.
   */
  readonly lwaSecretName: string;
}

/** Sunday 03:00 UTC: patching reboots the bastion, so checks fail for a few minutes then. */
export const DEFAULT_PATCH_SCHEDULE = 'cron(0 3 ? * SUN *)';

/** A skill id Alexa will never send: synth works out of the box and the README says to replace it. */
export const PLACEHOLDER_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/** The Regions where Alexa can invoke a skill's Lambda endpoint. */
export const ALEXA_LAMBDA_REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2'] as const;

/** Ports the database security groups open to the bastion: MySQL/MariaDB, PostgreSQL, Oracle, SQL Server. */
export const DEFAULT_DATABASE_PORTS = [3306, 5432, 1521, 1433] as const;

/** Valid CloudWatch Logs retention periods, in days. */
const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const ACCOUNT = /^\d{12}$/;
const VENDOR_ID = /^[A-Z0-9]{6,20}$/;
const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const SKILL_ID = /^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Context from `-c` arrives as a string; from cdk.json as JSON. Accept both. */
function parsed(value: unknown): unknown {
  if (typeof value === 'string' && /^\s*[[{]/.test(value)) return JSON.parse(value);
  return value;
}

function list(node: Node, key: string): string[] | undefined {
  const value = parsed(node.tryGetContext(key));
  if (value === undefined || value === null || value === '') return undefined;
  const items = Array.isArray(value) ? value.map(String) : String(value).split(',');
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

function text(node: Node, key: string): string | undefined {
  const value = node.tryGetContext(key);
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  return String(value).trim();
}

function integer(node: Node, key: string, fallback: number): number {
  const value = text(node, key);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new Error(`${key} must be a positive integer, got "${value}"`);
  return number;
}

function record<T>(node: Node, key: string): Record<string, T> {
  const value = parsed(node.tryGetContext(key));
  if (value === undefined || value === null || value === '') return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${key} must be an object keyed by Region`);
  return value as Record<string, T>;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

function checkNetwork(region: string, network: NetworkContext): void {
  const where = `dbvoice:networks.${region}`;
  check(/^vpc-[0-9a-f]+$/.test(network.vpcId ?? ''), `${where}.vpcId must look like vpc-0123abcd`);
  if (network.privateSubnetIds !== undefined) {
    const subnets = network.privateSubnetIds;
    const zones = network.availabilityZones ?? [];
    check(subnets.length > 0, `${where}.privateSubnetIds must not be empty`);
    check(
      subnets.every((id) => /^subnet-[0-9a-f]+$/.test(id)),
      `${where}.privateSubnetIds must look like subnet-0123abcd`,
    );
    // Vpc.fromVpcAttributes pairs subnets with zones in order.
    check(
      zones.length > 0 && subnets.length % zones.length === 0,
      `${where}.availabilityZones must list one zone per subnet (same order)`,
    );
  }
}

/**
 * Reads and validates the `dbvoice:*` context. Bad values stop the synth with a message naming the key, so a
 * typo never deploys a half-configured skill.
 */
export function readDbVoiceContext(
  node: Node,
  env: Record<string, string | undefined> = process.env,
): DbVoiceContext {
  const account = text(node, 'dbvoice:account') ?? env.CDK_DEFAULT_ACCOUNT;
  const homeRegion = text(node, 'dbvoice:homeRegion') ?? env.CDK_DEFAULT_REGION ?? 'us-east-1';
  const regions = [...new Set(list(node, 'dbvoice:regions') ?? [homeRegion])];
  const skillId = text(node, 'dbvoice:skillId') ?? PLACEHOLDER_SKILL_ID;
  const centralAccount = text(node, 'dbvoice:centralAccount');
  const databaseAccounts = list(node, 'dbvoice:databaseAccounts') ?? [];
  const networks = record<NetworkContext>(node, 'dbvoice:networks');
  const databaseSecurityGroupIds = record<string[]>(node, 'dbvoice:databaseSecurityGroupIds');
  const databasePorts = (list(node, 'dbvoice:databasePorts') ?? DEFAULT_DATABASE_PORTS.map(String)).map(
    Number,
  );
  const logRetentionDays = integer(node, 'dbvoice:logRetentionDays', 90);
  const databaseUser = text(node, 'dbvoice:databaseUser') ?? 'dbvoice_monitor';
  const patchSchedule = text(node, 'dbvoice:patchSchedule') ?? DEFAULT_PATCH_SCHEDULE;
  const sessionIdleTimeoutMinutes = integer(node, 'dbvoice:sessionIdleTimeoutMinutes', 20);

  check(
    account === undefined || ACCOUNT.test(account),
    `dbvoice:account must be 12 digits, got "${account}"`,
  );
  for (const region of [homeRegion, ...regions]) {
    check(REGION.test(region), `"${region}" is not a Region code (dbvoice:homeRegion / dbvoice:regions)`);
  }
  check(
    (ALEXA_LAMBDA_REGIONS as readonly string[]).includes(homeRegion),
    `dbvoice:homeRegion must be one of ${ALEXA_LAMBDA_REGIONS.join(', ')}: Alexa only calls Lambdas there`,
  );
  check(SKILL_ID.test(skillId), `dbvoice:skillId must look like amzn1.ask.skill.<uuid>, got "${skillId}"`);
  for (const id of [centralAccount, ...databaseAccounts]) {
    check(id === undefined || ACCOUNT.test(id), `account ids must be 12 digits, got "${id}"`);
  }
  for (const [region, network] of Object.entries(networks)) checkNetwork(region, network);
  for (const [region, ids] of Object.entries(databaseSecurityGroupIds)) {
    check(
      Array.isArray(ids) && ids.every((id) => /^sg-[0-9a-f]+$/.test(id)),
      `dbvoice:databaseSecurityGroupIds.${region} must be a list of sg-0123abcd ids`,
    );
  }
  check(
    databasePorts.every((port) => Number.isInteger(port) && port > 0 && port < 65536),
    'dbvoice:databasePorts must be TCP port numbers',
  );
  check(/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(databaseUser), 'dbvoice:databaseUser must be a plain user name');
  check(
    /^(cron|rate)\(.+\)$/.test(patchSchedule),
    `dbvoice:patchSchedule must be a cron(...) or rate(...) expression, got "${patchSchedule}"`,
  );
  check(sessionIdleTimeoutMinutes <= 60, 'dbvoice:sessionIdleTimeoutMinutes must be from 1 to 60');
  check(
    RETENTION_DAYS.includes(logRetentionDays),
    `dbvoice:logRetentionDays must be one of ${RETENTION_DAYS}`,
  );

  const tagKeys = record<string>(node, 'dbvoice:tagKeys');
  const createSkill = readCreateSkill(node);
  check(
    createSkill === undefined || skillId === PLACEHOLDER_SKILL_ID,
    'dbvoice:skillId and dbvoice:createSkill exclude each other: a created skill gets its id from CloudFormation',
  );
  return {
    account,
    homeRegion,
    regions,
    skillId,
    skillIdIsPlaceholder: skillId === PLACEHOLDER_SKILL_ID && createSkill === undefined,
    createSkill,
    notificationEmail: text(node, 'dbvoice:notificationEmail'),
    tagKeys: {
      instance: tagKeys.instance ?? 'instance',
      application: tagKeys.application ?? 'application',
      environment: tagKeys.environment ?? 'environment',
    },
    parameterPrefix: (text(node, 'dbvoice:parameterPrefix') ?? ParameterPaths.defaultPrefix).replace(
      /\/$/,
      '',
    ),
    allowedUsers: list(node, 'dbvoice:allowedUsers') ?? [],
    logLevel: text(node, 'dbvoice:logLevel') ?? 'INFO',
    logRetentionDays,
    networks,
    databaseSecurityGroupIds,
    databasePorts,
    bastionInstanceType: text(node, 'dbvoice:bastionInstanceType') ?? 't4g.small',
    databaseUser,
    masterSecretName: text(node, 'dbvoice:masterSecretName'),
    rotationLambdaArn: text(node, 'dbvoice:rotationLambdaArn'),
    rotationDays: integer(node, 'dbvoice:rotationDays', 30),
    centralAccount,
    databaseAccounts,
    createAutomationAdministrationRole: text(node, 'dbvoice:createAutomationAdministrationRole') !== 'false',
    sessionManagerPreferences: text(node, 'dbvoice:sessionManagerPreferences') !== 'false',
    patchSchedule,
    sessionIdleTimeoutMinutes,
  };
}

/** dbvoice:createSkill with its two companions, or undefined; a companion without the flag is a mistake. */
function readCreateSkill(node: Node): CreateSkillContext | undefined {
  const flag = text(node, 'dbvoice:createSkill');
  const vendorId = text(node, 'dbvoice:vendorId');
  const lwaSecretName = text(node, 'dbvoice:lwaSecretName');
  check(
    flag === undefined || flag === 'true' || flag === 'false',
    `dbvoice:createSkill must be true or false, got "${flag}"`,
  );
  if (flag !== 'true') {
    check(
      vendorId === undefined && lwaSecretName === undefined,
      'dbvoice:vendorId and dbvoice:lwaSecretName only go with -c dbvoice:createSkill=true',
    );
    return undefined;
  }
  check(
    vendorId !== undefined && VENDOR_ID.test(vendorId),
    `dbvoice:createSkill needs dbvoice:vendorId, the developer account's vendor id (like M1EXAMPLE), got "${vendorId ?? ''}"`,
  );
  check(
    lwaSecretName !== undefined && SECRET_NAME.test(lwaSecretName),
    'dbvoice:createSkill needs dbvoice:lwaSecretName, the Secrets Manager secret holding the LWA clientId, ' +
      `clientSecret and refreshToken, got "${lwaSecretName ?? ''}"`,
  );
  return { vendorId: vendorId!, lwaSecretName: lwaSecretName! };
}

import { createHash } from 'node:crypto';
import {
  type AttributeValue,
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import {
  type DBInstance,
  DescribeDBClustersCommand,
  FailoverDBClusterCommand,
  RebootDBInstanceCommand,
} from '@aws-sdk/client-rds';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { GetParameterCommand, GetParametersCommand, SSMClient } from '@aws-sdk/client-ssm';
import { GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { mockClient } from 'aws-sdk-client-mock';
import { TaskOptInTag } from '../../../src/contract/TaskOptInTag.js';
import { evaluateCondition } from '../../../src/local/emulator/services/dynamodb/evaluateCondition.js';
import { readExpressionContext } from '../../../src/local/emulator/services/dynamodb/readExpressionContext.js';
import { intentRequest, type SlotSpec, type Speaker } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import type { createTestSkill } from '../../helpers/testSkill.js';

/** The MFA user's parameters: fake, but treated as secrets by the tests (never logged or spoken). */
export const MFA_SECRETS = {
  accessKeyId: 'AKIAMFAUSERTESTKEY01',
  secretAccessKey: 'mfa/Secret+Key/0123456789abcdefghijklmnop',
  serial: 'arn:aws:iam::123456789012:mfa/dbvoice-operators',
} as const;
/** What STS returns for an accepted code: must never leave the verifier either. */
export const SESSION_SECRETS = {
  AccessKeyId: 'ASIASESSIONTEMPKEY01',
  SecretAccessKey: 'session/Secret+Key/abcdef0123456789',
  SessionToken: 'IQoJb3JpZ2luX2VjEBogTESTSESSIONTOKEN',
} as const;

export const TOPIC_ARN = 'arn:aws:sns:us-west-2:123456789012:dbvoice-notifications';
export const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' } as const;

/** An Oregon fleet with one case of each: Multi-AZ, single-AZ, busy, Aurora, busy Aurora. */
export const TASK_FLEET: Record<string, DBInstance[]> = {
  'us-west-2': [
    dbInstance({ identifier: 'prod-reporting-01', name: 'reporting', multiAz: true }),
    dbInstance({ identifier: 'prod-hr-01', name: 'hr' }),
    dbInstance({ identifier: 'prod-billing-01', name: 'billing', multiAz: true, status: 'backing-up' }),
    dbInstance({ identifier: 'blog-writer', name: 'blog', engine: 'aurora-mysql', cluster: 'blog-cluster' }),
    dbInstance({
      identifier: 'blog-reader-1',
      name: 'blog reader',
      engine: 'aurora-mysql',
      cluster: 'blog-cluster',
    }),
    dbInstance({
      identifier: 'shop-writer',
      name: 'shop',
      engine: 'aurora-postgresql',
      cluster: 'shop-cluster',
    }),
    dbInstance({ identifier: 'shop-reader-1', engine: 'aurora-postgresql', cluster: 'shop-cluster' }),
  ],
};

/**
 * Instances and a cluster nobody opted in to tasks (no TaskOptInTag), otherwise ready for each task:
 * a Multi-AZ instance, a single-AZ one, and an Aurora cluster whose writer is tagged but the cluster is not.
 */
export const NOT_OPTED_IN: DBInstance[] = [
  dbInstance({ identifier: 'prod-payroll-01', name: 'payroll', multiAz: true, optedInToTasks: false }),
  dbInstance({ identifier: 'prod-legacy-01', name: 'legacy', optedInToTasks: false }),
  dbInstance({ identifier: 'wiki-writer', name: 'wiki', engine: 'aurora-mysql', cluster: 'wiki-cluster' }),
  dbInstance({ identifier: 'wiki-reader-1', engine: 'aurora-mysql', cluster: 'wiki-cluster' }),
];

/** The TagList of an instance or cluster that opted in to tasks. */
export const OPTED_IN_TAGS = [{ Key: TaskOptInTag.key, Value: TaskOptInTag.value }];
const CLUSTERS: Record<
  string,
  { status: string; members: [string, boolean][]; tags: { Key: string; Value: string }[] }
> = {
  'blog-cluster': {
    status: 'available',
    members: [
      ['blog-writer', true],
      ['blog-reader-1', false],
    ],
    tags: OPTED_IN_TAGS,
  },
  'shop-cluster': {
    status: 'modifying',
    members: [
      ['shop-writer', true],
      ['shop-reader-1', false],
    ],
    tags: OPTED_IN_TAGS,
  },
  'wiki-cluster': {
    status: 'available',
    members: [
      ['wiki-writer', true],
      ['wiki-reader-1', false],
    ],
    tags: [{ Key: 'application', Value: 'wiki' }],
  },
};

function stsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode: 403 } });
}

export interface TaskAwsOptions {
  /** Codes STS accepts (once each, like the real STS). Default: any code starting with 1. */
  accepts?: (code: string) => boolean;
  /** Allow-list parameter value; undefined = ParameterNotFound. */
  allowList?: string;
  /** Leave the MFA parameters out of Parameter Store. */
  mfaMissing?: boolean;
  /** Add NOT_OPTED_IN to the Oregon fleet. */
  withNotOptedIn?: boolean;
}

/**
 * Every AWS service a task conversation touches, mocked: RDS (fleet, clusters, reboot, failover), SSM (MFA
 * keys, allow-list), STS (accepts each good code once), SNS and a DynamoDB table kept in a Map.
 */
export function mockTaskAws(options: TaskAwsOptions = {}) {
  const accepts = options.accepts ?? ((code: string) => code.startsWith('1'));
  const fleet = options.withNotOptedIn
    ? { 'us-west-2': [...(TASK_FLEET['us-west-2'] ?? []), ...NOT_OPTED_IN] }
    : TASK_FLEET;
  const rds = mockFleet(fleet);
  rds.on(DescribeDBClustersCommand).callsFake(async (input: { DBClusterIdentifier?: string }) => {
    const cluster = CLUSTERS[input.DBClusterIdentifier ?? ''];
    if (!cluster) return { DBClusters: [] };
    return {
      DBClusters: [
        {
          DBClusterIdentifier: input.DBClusterIdentifier,
          Status: cluster.status,
          TagList: cluster.tags,
          DBClusterMembers: cluster.members.map(([id, writer]) => ({
            DBInstanceIdentifier: id,
            IsClusterWriter: writer,
          })),
        },
      ],
    };
  });
  rds.on(RebootDBInstanceCommand).resolves({ DBInstance: { DBInstanceStatus: 'rebooting' } });
  rds.on(FailoverDBClusterCommand).resolves({ DBCluster: { Status: 'failing-over' } });

  const ssm = mockClient(SSMClient);
  ssm.on(GetParametersCommand).callsFake(async (input: { Names?: string[] }) => {
    const values: Record<string, string> = options.mfaMissing
      ? {}
      : {
          '/dbvoice/mfa/access-key-id': MFA_SECRETS.accessKeyId,
          '/dbvoice/mfa/secret-access-key': MFA_SECRETS.secretAccessKey,
          '/dbvoice/mfa/serial': MFA_SECRETS.serial,
        };
    const names = input.Names ?? [];
    return {
      Parameters: names
        .filter((n) => values[n])
        .map((n) => ({ Name: n, Value: values[n], Type: 'SecureString' })),
      InvalidParameters: names.filter((n) => !values[n]),
    };
  });
  ssm.on(GetParameterCommand).callsFake(async (input: { Name?: string }) => {
    if (options.allowList === undefined)
      throw stsError('ParameterNotFound', `Parameter ${input.Name} not found`);
    return { Parameter: { Name: input.Name, Value: options.allowList, Type: 'StringList' } };
  });

  const stsSeen = new Set<string>();
  const stsVerdicts: { code: string; accepted: boolean }[] = [];
  const sts = mockClient(STSClient);
  sts.on(GetSessionTokenCommand).callsFake(async (input: { TokenCode?: string; SerialNumber?: string }) => {
    const code = input.TokenCode ?? '';
    const accepted = accepts(code) && !stsSeen.has(code) && input.SerialNumber === MFA_SECRETS.serial;
    stsSeen.add(code);
    stsVerdicts.push({ code, accepted });
    if (!accepted)
      throw stsError('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code.');
    return { Credentials: { ...SESSION_SECRETS, Expiration: new Date('2026-11-22T12:15:00Z') } };
  });

  const sns = mockClient(SNSClient);
  sns.on(PublishCommand).resolves({ MessageId: 'message-1' });

  const table = new Map<string, Record<string, AttributeValue>>();
  const dynamo = mockClient(DynamoDBClient);
  /** ConditionExpressions are judged by the emulator's evaluator, so conditional writes behave as in DynamoDB. */
  const conditionHolds = (input: object, key: string) => {
    const { ConditionExpression } = input as { ConditionExpression?: string };
    if (!ConditionExpression) return;
    const context = readExpressionContext(input as Parameters<typeof readExpressionContext>[0]);
    const stored = table.get(key) as Parameters<typeof evaluateCondition>[1];
    if (!evaluateCondition(ConditionExpression, stored, context)) {
      throw Object.assign(new Error('The conditional request failed'), {
        name: 'ConditionalCheckFailedException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
      });
    }
  };
  dynamo.on(GetItemCommand).callsFake(async (input: { Key?: { id?: { S?: string } } }) => {
    const item = table.get(input.Key?.id?.S ?? '');
    return item ? { Item: item } : {};
  });
  dynamo.on(PutItemCommand).callsFake(async (input: { Item?: Record<string, AttributeValue> }) => {
    const key = input.Item?.id?.S ?? '';
    conditionHolds(input, key);
    table.set(key, input.Item ?? {});
    return {};
  });
  dynamo.on(DeleteItemCommand).callsFake(async (input: { Key?: { id?: { S?: string } } }) => {
    const key = input.Key?.id?.S ?? '';
    conditionHolds(input, key);
    table.delete(key);
    return {};
  });

  return {
    rds,
    ssm,
    sts,
    sns,
    dynamo,
    table,
    stsVerdicts,
    /** RebootDBInstance and FailoverDBCluster calls so far. */
    writes: () => [
      ...rds.commandCalls(RebootDBInstanceCommand),
      ...rds.commandCalls(FailoverDBClusterCommand),
    ],
    restore() {
      for (const mock of [rds, ssm, sts, sns, dynamo]) mock.restore();
    },
  };
}

export type TaskAws = ReturnType<typeof mockTaskAws>;

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

type Skill = ReturnType<typeof createTestSkill>['skill'];

/** One Alexa session: each turn carries the previous answer's session attributes, as Alexa does. */
export class Conversation {
  private attributes: Record<string, unknown> | undefined;

  constructor(
    private readonly skill: Skill,
    private readonly speaker: Omit<Speaker, 'attributes'> & { readonly locale?: string } = {},
  ) {}

  async say(
    intent: string,
    slots: Record<string, SlotSpec> = {},
    confirmationStatus: 'NONE' | 'CONFIRMED' | 'DENIED' = 'NONE',
  ): Promise<ResponseEnvelope> {
    const response = await this.skill.invoke(
      intentRequest(intent, slots, {
        confirmationStatus,
        newSession: this.attributes === undefined,
        ...this.speaker,
        ...(this.attributes ? { attributes: this.attributes } : {}),
      }),
    );
    this.attributes = (response.sessionAttributes as Record<string, unknown> | undefined) ?? {};
    return response;
  }
}

/** The Dialog directive of a response, if any. */
export function dialogDirective(
  response: ResponseEnvelope,
): { type: string; slotToElicit?: string } | undefined {
  return response.response.directives?.find((d) => d.type.startsWith('Dialog.')) as
    | { type: string; slotToElicit?: string }
    | undefined;
}

/** The `audit` objects of the captured `Audit` log lines. */
export function auditRecords(logLines: readonly string[]): Record<string, unknown>[] {
  return logLines
    .map((line) => JSON.parse(line) as { message?: string; audit?: Record<string, unknown> })
    .filter((entry) => entry.message === 'Audit' && entry.audit)
    .map((entry) => entry.audit as Record<string, unknown>);
}

import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import type { TableRecord } from '../../state/RegionState.js';
import { dynamodbErrors } from './dynamodbErrors.js';
import { toTableDescription } from './toTableDescription.js';

/** Usable at once; CreateTable reports CREATING and DescribeTable ACTIVE, so SDK waiters work unchanged. */
export function CreateTable(ctx: OperationContext, input: WireInput): WireValue {
  const name = read.requiredStr(input, 'TableName');
  if (!/^[A-Za-z0-9_.-]{3,255}$/.test(name)) throw dynamodbErrors.validation(`Invalid table name: ${name}`);
  if (ctx.regionState.tables.has(name)) throw dynamodbErrors.tableInUse(name);
  const keySchema = read.objList(input, 'KeySchema').map((k) => ({
    AttributeName: read.str(k, 'AttributeName') ?? '',
    KeyType: read.str(k, 'KeyType') === 'RANGE' ? ('RANGE' as const) : ('HASH' as const),
  }));
  const definitions = read.objList(input, 'AttributeDefinitions').map((d) => ({
    AttributeName: read.str(d, 'AttributeName') ?? '',
    AttributeType: read.str(d, 'AttributeType') ?? '',
  }));
  const hashKeys = keySchema.filter((k) => k.KeyType === 'HASH').length;
  if (hashKeys !== 1 || keySchema.length > 2) {
    throw dynamodbErrors.validation(
      '1 validation error detected: KeySchema must have exactly one HASH key and at most one RANGE key',
    );
  }
  for (const key of keySchema) {
    const definition = definitions.find((d) => d.AttributeName === key.AttributeName);
    if (!definition || !['S', 'N', 'B'].includes(definition.AttributeType)) {
      throw dynamodbErrors.validation(
        'One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions.',
      );
    }
  }
  const billingMode = read.str(input, 'BillingMode') ?? 'PROVISIONED';
  const throughput = read.obj(input, 'ProvisionedThroughput');
  if (billingMode === 'PROVISIONED' && !throughput) {
    throw dynamodbErrors.validation(
      'One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED',
    );
  }
  const table: TableRecord = {
    name,
    arn: `arn:aws:dynamodb:${ctx.region}:${ctx.state.accountId}:table/${name}`,
    tableId: randomUUID(),
    keySchema,
    attributeDefinitions: definitions,
    billingMode,
    provisioned: {
      read: throughput ? (read.int(throughput, 'ReadCapacityUnits') ?? 0) : 0,
      write: throughput ? (read.int(throughput, 'WriteCapacityUnits') ?? 0) : 0,
    },
    createdAt: ctx.now,
    items: new Map(),
  };
  ctx.regionState.tables.set(name, table);
  return { TableDescription: toTableDescription(table, 'CREATING') };
}

import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { loadDynamoDb } from '../../../aws/sdk.js';
import type { StateItem, StateTable } from './StateTable.js';

export interface DynamoDbStateTableOptions {
  readonly tableName: string;
  readonly region: string;
  /** Bound for each call, well inside Alexa's 8 s. */
  readonly callTimeoutMs?: number;
}

/** DynamoDB's TTL reads epoch seconds. */
const seconds = (ms: number) => String(Math.ceil(ms / 1000));
/** `data` is a DynamoDB reserved word, and the others are kept as placeholders for uniformity. */
const NAMES = { '#id': 'id', '#data': 'data', '#version': 'version', '#expiresAt': 'expiresAt' };

function conditionFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/**
 * The StateTable on the STATE_TABLE DynamoDB table (key `id`, S). Items: `data` (S, JSON), `version` (N),
 * `expiresAt` (N, epoch seconds: the table's TTL attribute, `timeToLiveAttribute: 'expiresAt'`). Every
 * decision is a ConditionExpression on one PutItem or DeleteItem, evaluated by DynamoDB atomically; reads
 * are strongly consistent.
 *
 * The client may retry a write whose reply was lost. Each operation stays safe when that happens: a retried
 * create or replace meets its own first write and reports "someone was first" (the caller reads again, or
 * refuses: never a second success), and a retried consume reports "not found" (the task is asked again,
 * never run twice).
 */
export class DynamoDbStateTable implements StateTable {
  private readonly callTimeoutMs: number;

  constructor(
    private readonly clients: AwsClients,
    private readonly options: DynamoDbStateTableOptions,
  ) {
    this.callTimeoutMs = options.callTimeoutMs ?? 1_500;
  }

  async get(id: string, now: number): Promise<StateItem | undefined> {
    const [client, { GetItemCommand }] = await Promise.all([this.client(), loadDynamoDb()]);
    const { Item } = await callAws('GetItem', () =>
      client.send(
        new GetItemCommand({
          TableName: this.options.tableName,
          Key: { id: { S: id } },
          ConsistentRead: true,
        }),
        { abortSignal: this.signal() },
      ),
    );
    const data = Item?.data?.S;
    const version = Number(Item?.version?.N);
    const expiresAt = Number(Item?.expiresAt?.N);
    if (data === undefined || !Number.isFinite(version) || !(expiresAt > Math.floor(now / 1000))) {
      return undefined;
    }
    return { data, version };
  }

  create(id: string, data: string, expiresAt: number, now: number): Promise<boolean> {
    return this.conditionalPut(id, data, 1, expiresAt, 'attribute_not_exists(#id) OR #expiresAt <= :now', {
      ':now': { N: String(Math.floor(now / 1000)) },
    });
  }

  replace(id: string, data: string, version: number, expiresAt: number): Promise<boolean> {
    return this.conditionalPut(id, data, version + 1, expiresAt, '#version = :version', {
      ':version': { N: String(version) },
    });
  }

  async put(id: string, data: string, expiresAt: number): Promise<void> {
    const [client, { PutItemCommand }] = await Promise.all([this.client(), loadDynamoDb()]);
    await callAws('PutItem', () =>
      client.send(
        new PutItemCommand({ TableName: this.options.tableName, Item: this.item(id, data, 1, expiresAt) }),
        {
          abortSignal: this.signal(),
        },
      ),
    );
  }

  async consume(id: string, data: string, now: number): Promise<boolean> {
    const [client, { DeleteItemCommand }] = await Promise.all([this.client(), loadDynamoDb()]);
    try {
      await callAws('DeleteItem', () =>
        client.send(
          new DeleteItemCommand({
            TableName: this.options.tableName,
            Key: { id: { S: id } },
            ConditionExpression: '#data = :data AND #expiresAt > :now',
            ExpressionAttributeNames: { '#data': NAMES['#data'], '#expiresAt': NAMES['#expiresAt'] },
            ExpressionAttributeValues: {
              ':data': { S: data },
              ':now': { N: String(Math.floor(now / 1000)) },
            },
          }),
          { abortSignal: this.signal() },
        ),
      );
      return true;
    } catch (error) {
      if (conditionFailed(error)) return false;
      throw error;
    }
  }

  async delete(id: string): Promise<void> {
    const [client, { DeleteItemCommand }] = await Promise.all([this.client(), loadDynamoDb()]);
    await callAws('DeleteItem', () =>
      client.send(new DeleteItemCommand({ TableName: this.options.tableName, Key: { id: { S: id } } }), {
        abortSignal: this.signal(),
      }),
    );
  }

  private async conditionalPut(
    id: string,
    data: string,
    version: number,
    expiresAt: number,
    condition: string,
    values: Record<string, { N: string }>,
  ): Promise<boolean> {
    const [client, { PutItemCommand }] = await Promise.all([this.client(), loadDynamoDb()]);
    const names = Object.fromEntries(
      Object.entries(NAMES).filter(([placeholder]) => condition.includes(placeholder)),
    );
    try {
      await callAws('PutItem', () =>
        client.send(
          new PutItemCommand({
            TableName: this.options.tableName,
            Item: this.item(id, data, version, expiresAt),
            ConditionExpression: condition,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          }),
          { abortSignal: this.signal() },
        ),
      );
      return true;
    } catch (error) {
      if (conditionFailed(error)) return false;
      throw error;
    }
  }

  private item(id: string, data: string, version: number, expiresAt: number) {
    return {
      id: { S: id },
      data: { S: data },
      version: { N: String(version) },
      expiresAt: { N: seconds(expiresAt) },
    };
  }

  private signal(): AbortSignal {
    return AbortSignal.timeout(this.callTimeoutMs);
  }

  private client() {
    return this.clients.dynamoDb(this.options.region);
  }
}

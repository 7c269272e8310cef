import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { loadDynamoDb } from '../../../aws/sdk.js';
import { stateKey } from './stateKey.js';

export interface DynamoDbPersistenceOptions {
  readonly tableName: string;
  readonly region: string;
  /**
   * Bound for each call. The ask-sdk interface hands the adapter only the envelope, not the request's
   * deadline, so a per-call limit well inside Alexa's 8 s stands in for it.
   */
  readonly callTimeoutMs?: number;
}

/**
 * ask-sdk's PersistenceAdapter on AWS SDK v3 (the official adapter still needs SDK v2). One item per user:
 * `id` (S, the hashed user id), `attributes` (S, JSON) and `updatedAt` (N). JSON in one string attribute
 * keeps the adapter free of a marshalling library and the item readable in the console. Reads are
 * strongly consistent: a choice written a moment ago must be seen. (The MFA lockout, used codes and pending
 * confirmations are not persistent attributes: see StateTable, whose writes are conditional.)
 */
export class DynamoDbPersistenceAdapter implements PersistenceAdapter {
  private readonly callTimeoutMs: number;

  constructor(
    private readonly clients: AwsClients,
    private readonly options: DynamoDbPersistenceOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.callTimeoutMs = options.callTimeoutMs ?? 2_500;
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const [client, { GetItemCommand }] = await Promise.all([this.client(), loadDynamoDb()]);
    const { Item } = await callAws('GetItem', () =>
      client.send(
        new GetItemCommand({
          TableName: this.options.tableName,
          Key: { id: { S: stateKey(envelope) } },
          ConsistentRead: true,
        }),
        { abortSignal: AbortSignal.timeout(this.callTimeoutMs) },
      ),
    );
    const json = Item?.attributes?.S;
    if (!json) return {};
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const [client, { PutItemCommand }] = await Promise.all([this.client(), loadDynamoDb()]);
    await callAws('PutItem', () =>
      client.send(
        new PutItemCommand({
          TableName: this.options.tableName,
          Item: {
            id: { S: stateKey(envelope) },
            attributes: { S: JSON.stringify(attributes) },
            updatedAt: { N: String(this.now()) },
          },
        }),
        { abortSignal: AbortSignal.timeout(this.callTimeoutMs) },
      ),
    );
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const [client, { DeleteItemCommand }] = await Promise.all([this.client(), loadDynamoDb()]);
    await callAws('DeleteItem', () =>
      client.send(
        new DeleteItemCommand({ TableName: this.options.tableName, Key: { id: { S: stateKey(envelope) } } }),
        { abortSignal: AbortSignal.timeout(this.callTimeoutMs) },
      ),
    );
  }

  private client() {
    return this.clients.dynamoDb(this.options.region);
  }
}

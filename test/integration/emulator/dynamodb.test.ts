import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  DeleteItemCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateItemCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import { clientConfig } from './support/clientConfig.js';

describe('Emulator: DynamoDB (JSON 1.0) with the real @aws-sdk/client-dynamodb', () => {
  let emulator: Emulator;
  let dynamodb: DynamoDBClient;

  beforeAll(async () => {
    emulator = await createEmulator();
    dynamodb = new DynamoDBClient(clientConfig(emulator));
  });
  afterAll(async () => {
    dynamodb.destroy();
    await emulator.close();
  });

  it('has the demo skill state table, active', async () => {
    // Act
    const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: 'dbvoice-skill-state' }));

    // Assess
    expect(Table).toMatchObject({ TableName: 'dbvoice-skill-state', TableStatus: 'ACTIVE', ItemCount: 0 });
    expect(Table?.KeySchema).toEqual([{ AttributeName: 'id', KeyType: 'HASH' }]);
    expect(Table?.CreationDateTime).toBeInstanceOf(Date);
  });

  it('creates a table the SDK waiter sees as existing, and refuses a duplicate', async () => {
    // Act
    const created = await dynamodb.send(
      new CreateTableCommand({
        TableName: 'sessions',
        KeySchema: [
          { AttributeName: 'userId', KeyType: 'HASH' },
          { AttributeName: 'at', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: [
          { AttributeName: 'userId', AttributeType: 'S' },
          { AttributeName: 'at', AttributeType: 'N' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    const waited = await waitUntilTableExists(
      { client: dynamodb, maxWaitTime: 30, minDelay: 1 },
      { TableName: 'sessions' },
    );
    const duplicate = await dynamodb
      .send(
        new CreateTableCommand({
          TableName: 'sessions',
          KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      )
      .catch((e) => e);

    // Assess
    expect(created.TableDescription?.TableStatus).toBe('CREATING');
    expect(waited.state).toBe('SUCCESS');
    expect(duplicate).toBeInstanceOf(ResourceInUseException);
  });

  it('puts, gets, updates and deletes the state item of a user', async () => {
    // Prepare
    const key = { id: { S: 'amzn1.ask.account.TEST' } };

    // Act
    await dynamodb.send(
      new PutItemCommand({
        TableName: 'dbvoice-skill-state',
        Item: { ...key, attributes: { M: { notifications: { BOOL: true } } } },
      }),
    );
    const read = await dynamodb.send(new GetItemCommand({ TableName: 'dbvoice-skill-state', Key: key }));
    const updated = await dynamodb.send(
      new UpdateItemCommand({
        TableName: 'dbvoice-skill-state',
        Key: key,
        UpdateExpression: 'SET #n = :off, visits = if_not_exists(visits, :zero) + :one REMOVE attributes',
        ExpressionAttributeNames: { '#n': 'notifications' },
        ExpressionAttributeValues: { ':off': { BOOL: false }, ':zero': { N: '0' }, ':one': { N: '1' } },
        ReturnValues: 'ALL_NEW',
      }),
    );
    await dynamodb.send(new DeleteItemCommand({ TableName: 'dbvoice-skill-state', Key: key }));
    const gone = await dynamodb.send(new GetItemCommand({ TableName: 'dbvoice-skill-state', Key: key }));

    // Assess
    expect(read.Item?.attributes?.M?.notifications?.BOOL).toBe(true);
    expect(updated.Attributes).toEqual({ ...key, notifications: { BOOL: false }, visits: { N: '1' } });
    expect(gone.Item).toBeUndefined();
  });

  it('checks conditions and key schemas with the SDK typed exceptions', async () => {
    // Prepare
    const item = { id: { S: 'once' } };
    await dynamodb.send(new PutItemCommand({ TableName: 'dbvoice-skill-state', Item: item }));

    // Act
    const conflict = await dynamodb
      .send(
        new PutItemCommand({
          TableName: 'dbvoice-skill-state',
          Item: item,
          ConditionExpression: 'attribute_not_exists(id)',
        }),
      )
      .catch((e) => e);
    const noTable = await dynamodb.send(new GetItemCommand({ TableName: 'nope', Key: item })).catch((e) => e);
    const badKey = await dynamodb
      .send(new GetItemCommand({ TableName: 'dbvoice-skill-state', Key: { other: { S: 'x' } } }))
      .catch((e) => e);

    // Assess
    expect(conflict).toBeInstanceOf(ConditionalCheckFailedException);
    expect(noTable).toBeInstanceOf(ResourceNotFoundException);
    expect(badKey.name).toBe('ValidationException');
  });
});

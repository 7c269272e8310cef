import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { AwsCallRecorder } from '../../../src/aws/AwsCallRecorder.js';
import { createAwsClients } from '../../../src/aws/createAwsClients.js';
import { DynamoDbPersistenceAdapter } from '../../../src/skill/domain/state/DynamoDbPersistenceAdapter.js';
import { intentRequest, TEST_USER_ID } from '../../helpers/alexaRequests.js';
import { mockTaskAws, sha256, type TaskAws } from './taskAws.js';

let aws: TaskAws;
afterEach(() => aws.restore());

function adapter() {
  return new DynamoDbPersistenceAdapter(
    createAwsClients(new AwsCallRecorder()),
    { tableName: 'dbvoice-state', region: 'us-west-2' },
    () => 1_700_000_000_000,
  );
}

describe('Adapter: DynamoDbPersistenceAdapter', () => {
  it('stores attributes as JSON under the hashed user id and reads them back consistently', async () => {
    // Prepare
    aws = mockTaskAws();
    const envelope = intentRequest('ListInstances');
    // Act
    const empty = await adapter().getAttributes(envelope);
    await adapter().saveAttributes(envelope, { notifications: true });
    const read = await adapter().getAttributes(envelope);
    // Assess
    expect(empty).toEqual({});
    expect(read).toEqual({ notifications: true });
    expect(aws.dynamo.commandCalls(PutItemCommand)[0]!.args[0].input).toEqual({
      TableName: 'dbvoice-state',
      Item: {
        id: { S: sha256(TEST_USER_ID) },
        attributes: { S: '{"notifications":true}' },
        updatedAt: { N: '1700000000000' },
      },
    });
    expect(aws.dynamo.commandCalls(GetItemCommand)[0]!.args[0].input).toMatchObject({ ConsistentRead: true });
  });

  it('deletes the user item', async () => {
    aws = mockTaskAws();
    const envelope = intentRequest('ListInstances');
    await adapter().saveAttributes(envelope, { notifications: true });
    await adapter().deleteAttributes(envelope);
    expect(aws.table.size).toBe(0);
  });
});

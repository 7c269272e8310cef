import { InvalidParameterException, NotFoundException, PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createControlClient } from '../../../src/local/emulator/controlClient.js';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import { clientConfig } from './support/clientConfig.js';

describe('Emulator: SNS (query protocol) with the real @aws-sdk/client-sns', () => {
  let emulator: Emulator;
  let sns: SNSClient;

  beforeAll(async () => {
    emulator = await createEmulator();
    sns = new SNSClient(clientConfig(emulator));
  });
  afterAll(async () => {
    sns.destroy();
    await emulator.close();
  });

  it('records what was published, readable over the control API', async () => {
    // Prepare
    const topic = 'arn:aws:sns:us-west-2:123456789012:dbvoice-notifications';

    // Act
    const { MessageId } = await sns.send(
      new PublishCommand({
        TopicArn: topic,
        Subject: 'Check result: prod-hr-01',
        Message: 'connect ok & fast <1 s>',
        MessageAttributes: { instance: { DataType: 'String', StringValue: 'prod-hr-01' } },
      }),
    );
    const published = await createControlClient(emulator.url).published('dbvoice-notifications');

    // Assess
    expect(MessageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({
      messageId: MessageId,
      topicArn: topic,
      region: 'us-west-2',
      subject: 'Check result: prod-hr-01',
      message: 'connect ok & fast <1 s>',
    });
    expect(published[0]?.attributes.instance).toMatchObject({
      DataType: 'String',
      StringValue: 'prod-hr-01',
    });
  });

  it('raises NotFoundException for an unknown topic and InvalidParameterException for a bad subject', async () => {
    // Act
    const missing = await sns
      .send(new PublishCommand({ TopicArn: 'arn:aws:sns:us-west-2:123456789012:nope', Message: 'x' }))
      .catch((e) => e);
    const badSubject = await sns
      .send(
        new PublishCommand({
          TopicArn: 'arn:aws:sns:us-west-2:123456789012:dbvoice-notifications',
          Message: 'x',
          Subject: 'y'.repeat(101),
        }),
      )
      .catch((e) => e);

    // Assess
    expect(missing).toBeInstanceOf(NotFoundException);
    expect(missing.$metadata.httpStatusCode).toBe(404);
    expect(badSubject).toBeInstanceOf(InvalidParameterException);
  });
});

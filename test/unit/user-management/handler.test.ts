import { Logger } from '@aws-lambda-powertools/logger';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it, vi } from 'vitest';
import { createHandler } from '../../../src/user-management/handler.js';
import type { SqlSessionFactory } from '../../../src/user-management/mysqlSession.js';
import { failureOf, LogCapture, TEST_CONFIG } from './support/handlerKit.js';

const event = {
  action: 'list_users',
  db_name: 'app',
  rds_secret_name: 'rds-master',
};

const MASTER_ARN = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:rds-master-AbCdEf';

/** A Secrets Manager client whose GetSecretValue returns the master secret (the SDK is mocked). */
function secretsClient() {
  const client = new SecretsManagerClient({ region: 'us-east-1' });
  const mock = mockClient(client);
  mock.on(GetSecretValueCommand).resolves({
    ARN: MASTER_ARN,
    VersionId: 'v1',
    SecretString: JSON.stringify({ username: 'admin', password: 'Master-Pw-1', host: 'db', port: 3306 }),
  });
  return { client, mock };
}

function handlerWith(connect: SqlSessionFactory, secrets = secretsClient()) {
  return createHandler({
    secretsManager: secrets.client,
    connect,
    logger: new Logger({ serviceName: 'test', logLevel: 'DEBUG' }),
    config: TEST_CONFIG,
  });
}

describe('Handler: failures', () => {
  it('turns an unexpected error into InternalError without passing its text on, and logs it', async () => {
    // Prepare
    const connect = vi.fn<SqlSessionFactory>().mockRejectedValue(new TypeError('secret detail from a bug'));
    const handler = handlerWith(connect);
    const logs = new LogCapture();
    logs.start();

    // Act
    const failure = await failureOf(handler(event, { awsRequestId: 'req-1' }));
    logs.stop();

    // Assess
    expect(failure).toEqual({
      name: 'InternalError',
      error: 'InternalError',
      message: 'unexpected error; see the function log',
      request_id: 'req-1',
    });
    expect(logs.text()).toContain('secret detail from a bug');
    expect(logs.text()).toContain('"requestId":"req-1"');
    expect(logs.text()).not.toContain('Master-Pw-1');
  });

  it('reports a Secrets Manager outage as SecretsManagerFailure with the AWS error name', async () => {
    // Prepare
    const secrets = secretsClient();
    secrets.mock
      .on(GetSecretValueCommand)
      .rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    const handler = handlerWith(vi.fn<SqlSessionFactory>(), secrets);
    const logs = new LogCapture();
    logs.start();

    // Act
    const failure = await failureOf(handler(event));
    logs.stop();

    // Assess
    expect(failure).toMatchObject({
      name: 'SecretsManagerError',
      error: 'SecretsManagerFailure',
      details: { operation: 'GetSecretValue', awsError: 'ThrottlingException' },
    });
  });

  it('keeps no request keys from one invocation in the next one’s logs', async () => {
    // Prepare
    const handler = handlerWith(vi.fn<SqlSessionFactory>().mockRejectedValue(new Error('down')));
    const logs = new LogCapture();
    logs.start();

    // Act
    await failureOf(handler({ ...event, action: 'reset_password', username: 'alice' }));
    const firstLength = logs.lines.length;
    await failureOf(handler({ action: 'nope' }));
    logs.stop();

    // Assess
    expect(logs.lines.slice(firstLength).join('')).not.toContain('alice');
  });
});

describe('Handler: entry point', () => {
  it('builds no client when the module is imported', async () => {
    // Act
    const module = await import('../../../src/user-management/index.js');

    // Assess
    expect(typeof module.handler).toBe('function');
  });
});

import { Logger } from '@aws-lambda-powertools/logger';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it, vi } from 'vitest';
import { createHandler } from '../../../src/user-management/handler.js';
import type { SqlSessionFactory } from '../../../src/user-management/mysqlSession.js';
import { HOSTILE_INPUTS } from './hostileInputs.js';
import { failureOf, TEST_CONFIG } from './support/handlerKit.js';

describe('Handler: hostile input', () => {
  it('has a corpus of at least 50 hostile inputs', () => {
    expect(HOSTILE_INPUTS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(HOSTILE_INPUTS.map((input) => [input.name, input] as const))(
    'refuses %s with a structured error, no connection and no Secrets Manager call',
    async (_name, input) => {
      // Prepare
      const client = new SecretsManagerClient({ region: 'us-east-1' });
      const secrets = mockClient(client);
      const connect = vi.fn<SqlSessionFactory>();
      const handler = createHandler({
        secretsManager: client,
        connect,
        logger: new Logger({ logLevel: 'SILENT' }),
        config: TEST_CONFIG,
      });

      // Act
      const failure = await failureOf(handler(input.event));

      // Assess
      expect(failure).toMatchObject({ name: 'ValidationError', error: 'InvalidInput' });
      if (input.field !== undefined) expect(failure.details?.field).toBe(input.field);
      expect(connect).not.toHaveBeenCalled();
      expect(secrets.calls()).toEqual([]);
      // The echo of a hostile value is short and printable: no NUL, newline or 10,000-character payload.
      expect(failure.message.length).toBeLessThan(400);
      expect(failure.message).toMatch(/^[\x20-\x7e]*$/);
    },
  );
});

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeDBInstancesCommand, RebootDBInstanceCommand } from '@aws-sdk/client-rds';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAwsClients } from '../../../src/aws/createAwsClients.js';

/** A stand-in RDS endpoint that counts the requests per action and answers as each test tells it. */
let server: Server;
let received: string[] = [];
let answer: (request: IncomingMessage, response: ServerResponse) => void;
const saved: Record<string, string | undefined> = {};
const ENV = {
  AWS_ENDPOINT_URL_RDS: '',
  AWS_ACCESS_KEY_ID: 'AKIDTESTONLY',
  AWS_SECRET_ACCESS_KEY: 'test-secret-only',
  AWS_SESSION_TOKEN: '',
};

/** Short bounds so a delayed reply times out quickly; the retrying client keeps its two attempts. */
const TIMEOUTS = {
  connectionTimeoutMs: 1_000,
  requestTimeoutMs: 200,
  maxAttempts: 2,
  nonIdempotentRequestTimeoutMs: 200,
};

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push(new URLSearchParams(body).get('Action') ?? 'unknown');
      answer(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ENV.AWS_ENDPOINT_URL_RDS = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received = [];
  for (const [name, value] of Object.entries(ENV)) {
    saved[name] = process.env[name];
    if (value) process.env[name] = value;
    else delete process.env[name];
  }
});

afterEach(() => {
  server.closeAllConnections();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** Holds the reply back longer than the response timeout: the call was received, its answer is lost. */
const neverInTime = () => {
  answer = () => undefined;
};
const serverError = () => {
  answer = (_request, response) => {
    response.writeHead(500, { 'content-type': 'text/xml' });
    response.end(
      '<ErrorResponse><Error><Type>Receiver</Type><Code>InternalFailure</Code><Message>boom</Message></Error><RequestId>1</RequestId></ErrorResponse>',
    );
  };
};

describe('createAwsClients: the non-idempotent RDS client', () => {
  it('sends a reboot whose reply is late exactly once, and gives up with a TimeoutError', async () => {
    // Prepare
    neverInTime();
    const rds = await createAwsClients(undefined, TIMEOUTS).rds('us-west-2', { idempotent: false });
    // Act
    const error = await rds
      .send(new RebootDBInstanceCommand({ DBInstanceIdentifier: 'prod-hr-01' }))
      .catch((e: unknown) => e);
    // Assess
    expect((error as Error).name).toBe('TimeoutError');
    expect(received).toEqual(['RebootDBInstance']);
  });

  it('sends a reboot answered by a server error exactly once', async () => {
    serverError();
    const rds = await createAwsClients(undefined, TIMEOUTS).rds('us-west-2', { idempotent: false });
    const error = await rds
      .send(new RebootDBInstanceCommand({ DBInstanceIdentifier: 'prod-hr-01' }))
      .catch((e: unknown) => e);
    expect((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode).toBe(500);
    expect(received).toEqual(['RebootDBInstance']);
  });

  it('is a different client from the retrying one, which still tries a read twice', async () => {
    // Prepare
    neverInTime();
    const clients = createAwsClients(undefined, TIMEOUTS);
    const retrying = await clients.rds('us-west-2');
    const once = await clients.rds('us-west-2', { idempotent: false });
    // Act
    await retrying.send(new DescribeDBInstancesCommand({})).catch(() => undefined);
    // Assess
    expect(once).not.toBe(retrying);
    expect(await clients.rds('us-west-2', { idempotent: false })).toBe(once);
    expect(received).toEqual(['DescribeDBInstances', 'DescribeDBInstances']);
  });
});

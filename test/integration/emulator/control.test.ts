import {
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  RDSClient,
  RebootDBInstanceCommand,
} from '@aws-sdk/client-rds';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createControlClient } from '../../../src/local/emulator/controlClient.js';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import { clientConfig } from './support/clientConfig.js';

describe('Emulator: control plane (/_emulator/) — faults, call log, reset, clock', () => {
  let emulator: Emulator;
  let rds: RDSClient;
  const control = () => createControlClient(emulator.url);

  beforeAll(async () => {
    emulator = await createEmulator({ random: () => 0.5 });
    rds = new RDSClient(clientConfig(emulator));
  });
  afterAll(async () => {
    rds.destroy();
    await emulator.close();
  });
  beforeEach(async () => {
    await control().reset();
  });

  it('counts calls per service and operation and logs them in order with Region and status', async () => {
    // Act
    await rds.send(new DescribeDBInstancesCommand({}));
    await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'nope' })).catch(() => undefined);
    const ssm = new SSMClient(clientConfig(emulator, 'eu-west-1'));
    await ssm.send(new GetParameterCommand({ Name: '/rds/configuration/bastion/eu-west-1' }));
    ssm.destroy();
    const { total, counts, calls } = await control().calls();

    // Assess
    expect(total).toBe(3);
    expect(counts).toEqual({ rds: { DescribeDBInstances: 2 }, ssm: { GetParameter: 1 } });
    expect(calls.map((c) => [c.service, c.operation, c.region, c.status, c.errorCode ?? null])).toEqual([
      ['rds', 'DescribeDBInstances', 'us-west-2', 200, null],
      ['rds', 'DescribeDBInstances', 'us-west-2', 404, 'DBInstanceNotFound'],
      ['ssm', 'GetParameter', 'eu-west-1', 200, null],
    ]);
    expect(calls[0]?.accessKeyId).toBe('AKIAEMULATORTEST');
    expect(Date.parse(calls[0]?.at ?? '')).not.toBeNaN();
    expect(await control().count('rds', 'DescribeDBInstances')).toBe(2);
  });

  it('adds fixed latency to one operation only', async () => {
    // Prepare
    await control().addFault({ service: 'rds', operation: 'DescribeDBInstances', latencyMs: 400 });

    // Act
    const slowStart = performance.now();
    await rds.send(new DescribeDBInstancesCommand({}));
    const slow = performance.now() - slowStart;
    const fastStart = performance.now();
    await rds.send(new DescribeDBClustersCommand({}));
    const fast = performance.now() - fastStart;

    // Assess
    expect(slow).toBeGreaterThanOrEqual(390);
    expect(fast).toBeLessThan(slow - 200);
  });

  it('draws random latency from the range', async () => {
    // Prepare: the emulator's random() is pinned to 0.5
    await control().addFault({ service: 'rds', latencyMs: { min: 200, max: 600 } });

    // Act
    const start = performance.now();
    await rds.send(new DescribeDBClustersCommand({}));
    const elapsed = performance.now() - start;

    // Assess
    expect(elapsed).toBeGreaterThanOrEqual(390);
    expect(elapsed).toBeLessThan(1000);
  });

  it('throttles: the SDK sees Throttling, and retries through a fault limited to two calls', async () => {
    // Prepare
    const retrying = new RDSClient(clientConfig(emulator, 'us-west-2', 3));
    const rule = await control().addFault({
      service: 'rds',
      operation: 'DescribeDBInstances',
      error: 'throttling',
      times: 2,
    });

    // Act
    const throttled = await rds.send(new DescribeDBInstancesCommand({})).catch((e) => e);
    await control().removeFault(rule.id);
    await control().clearCalls();
    await control().addFault({
      service: 'rds',
      operation: 'DescribeDBInstances',
      error: 'throttling',
      times: 2,
    });
    const retried = await retrying.send(new DescribeDBInstancesCommand({}));

    // Assess
    expect(throttled.name).toBe('Throttling');
    expect(throttled.$metadata.httpStatusCode).toBe(400);
    expect(retried.DBInstances?.length).toBeGreaterThan(0);
    expect(await control().count('rds', 'DescribeDBInstances')).toBe(3);
    retrying.destroy();
  });

  it('answers 5xx, 503 and custom errors in each service own codes', async () => {
    // Prepare
    await control().addFault({ service: 'rds', operation: 'DescribeDBInstances', error: 'internal' });
    await control().addFault({ service: 'ssm', error: 'unavailable' });
    await control().addFault({
      service: 'rds',
      operation: 'DescribeDBClusters',
      error: { code: 'InvalidClientTokenId', status: 403 },
    });
    const ssm = new SSMClient(clientConfig(emulator));

    // Act
    const internal = await rds.send(new DescribeDBInstancesCommand({})).catch((e) => e);
    const unavailable = await ssm.send(new GetParameterCommand({ Name: '/x' })).catch((e) => e);
    const custom = await rds.send(new DescribeDBClustersCommand({})).catch((e) => e);

    // Assess
    expect(internal.$metadata.httpStatusCode).toBe(500);
    expect(internal.$fault).toBe('server');
    expect(unavailable.$metadata.httpStatusCode).toBe(503);
    expect(custom.name).toBe('InvalidClientTokenId');
    expect(custom.$metadata.httpStatusCode).toBe(403);
    const { calls } = await control().calls();
    expect(calls.every((c) => c.faults.length === 1)).toBe(true);
    ssm.destroy();
  });

  it('hangs a call until the client gives up, and logs it without a status', async () => {
    // Prepare
    await control().addFault({ service: 'rds', operation: 'DescribeDBInstances', hang: true });

    // Act
    const started = performance.now();
    const error = await rds
      .send(new DescribeDBInstancesCommand({}), { abortSignal: AbortSignal.timeout(300) })
      .catch((e) => e);
    const elapsed = performance.now() - started;
    const { calls } = await control().calls({ operation: 'DescribeDBInstances' });

    // Assess
    expect(error.name).toMatch(/Abort|Timeout/);
    expect(elapsed).toBeLessThan(2000);
    expect(calls[0]?.status).toBeNull();
  });

  it('honours probability: 0 never fires, and rules can be listed and removed', async () => {
    // Prepare
    const never = await control().addFault({ error: 'internal', probability: 0 });

    // Act
    const ok = await rds.send(new DescribeDBInstancesCommand({}));
    const listed = await control().faults();
    await control().removeFault(never.id);

    // Assess
    expect(ok.DBInstances?.length).toBeGreaterThan(0);
    expect(listed.map((f) => f.id)).toEqual([never.id]);
    expect(await control().faults()).toEqual([]);
  });

  it('rejects a malformed fault rule with 400', async () => {
    // Act
    const response = await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ error: 'sometimes' }),
    });

    // Assess
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('error must be');
  });

  it('resets state, calls and faults to the fleet file, and summarises the state', async () => {
    // Prepare
    await rds.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: 'prod-hr-01' }));
    await control().addFault({ latencyMs: 1 });
    const before = await control().state();

    // Act
    await control().reset();
    const after = await control().state();

    // Assess
    expect(before.regions['us-west-2']?.instancesByStatus.rebooting).toBe(1);
    expect(before.faults).toBe(1);
    expect(after.regions['us-west-2']?.instancesByStatus).toEqual({ available: 8, stopped: 1 });
    expect(after.regions['us-west-2']?.clusters).toEqual([
      { identifier: 'prod-blog-aurora', writer: 'prod-blog-01', status: 'available' },
    ]);
    expect(after.regions['us-east-1']?.bastions).toEqual(['dbvoice-bastion-us-east-1']);
    expect(after.faults).toBe(0);
    expect(after.calls).toBe(0);
  });

  it('moves the clock forward for delays, and back to wall time on reset', async () => {
    // Act
    await control().advanceClock(3_600_000);
    const advanced = await control().state();
    await control().reset();
    const reset = await control().state();

    // Assess
    expect(advanced.clockOffsetMs).toBe(3_600_000);
    expect(Date.parse(advanced.now) - Date.now()).toBeGreaterThan(3_500_000);
    expect(reset.clockOffsetMs).toBe(0);
  });

  it('answers an unknown operation in the protocol of its service', async () => {
    // Act
    const query = await fetch(emulator.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=DeleteDBInstance&Version=2014-10-31',
    });
    const json = await fetch(emulator.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonSSM.DeleteDocument' },
      body: '{}',
    });

    // Assess
    expect(query.status).toBe(400);
    expect(await query.text()).toContain('<Code>InvalidAction</Code>');
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ __type: 'UnknownOperationException' });
    expect((await control().counts()).counts).toMatchObject({
      rds: { DeleteDBInstance: 1 },
      ssm: { DeleteDocument: 1 },
    });
  });
});

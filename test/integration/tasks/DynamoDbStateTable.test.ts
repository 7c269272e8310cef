import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAwsClients } from '../../../src/aws/createAwsClients.js';
import { createControlClient } from '../../../src/local/emulator/controlClient.js';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import { MfaGuard } from '../../../src/skill/domain/mfa/MfaGuard.js';
import { DynamoDbStateTable } from '../../../src/skill/domain/state/DynamoDbStateTable.js';
import { stateTableContract } from '../../unit/tasks/stateTableContract.js';
import { withEmulatorEnv } from './withEmulatorEnv.js';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const MINUTE = 60_000;

describe('DynamoDbStateTable against the emulator over HTTP (and MfaGuard, PendingTaskStore on it)', () => {
  let emulator: Emulator;
  let restoreEnv: () => void;
  /** The client factory as the Lambda builds it: the SDK retries a call whose reply was lost. */
  const table = () =>
    new DynamoDbStateTable(createAwsClients(), { tableName: 'dbvoice-skill-state', region: 'us-west-2' });
  /** The next matching state-table write is applied, then its reply is lost (a 500 the SDK retries). */
  const loseNextReply = (operation: 'PutItem' | 'DeleteItem') =>
    createControlClient(emulator.url).addFault({
      service: 'dynamodb',
      operation,
      afterApply: true,
      error: 'internal',
      times: 1,
    });

  beforeAll(async () => {
    emulator = await createEmulator();
    restoreEnv = withEmulatorEnv(emulator.url);
  });
  afterAll(async () => {
    restoreEnv();
    await emulator.close();
  });

  stateTableContract(async () => ({ table: table(), prefix: `${randomUUID()}#` }));

  it('reports a create whose reply was lost and retried as not won: a code claimed so is never sent', async () => {
    // Prepare
    const id = `${randomUUID()}#lost-create`;
    await loseNextReply('PutItem');
    // Act
    const created = await table().create(id, 'mine', NOW + MINUTE, NOW);
    // Assess: applied once, and the retry met its own write
    expect(created).toBe(false);
    expect(await table().get(id, NOW)).toEqual({ data: 'mine', version: 1 });
  });

  it('consumes a pending task at most once when the delete is applied but its reply lost', async () => {
    const id = `${randomUUID()}#lost-consume`;
    await table().put(id, 'plan', NOW + MINUTE);
    await loseNextReply('DeleteItem');
    const consumed = await table().consume(id, 'plan', NOW);
    const again = await table().consume(id, 'plan', NOW);
    expect(consumed).toBe(false);
    expect(again).toBe(false);
    expect(await table().get(id, NOW)).toBeUndefined();
  });

  it('counts one place for an admission whose gate write was applied but its reply lost', async () => {
    // Prepare
    const guard = new MfaGuard(table());
    const serial = `arn:aws:iam::123456789012:mfa/${randomUUID()}`;
    const user = randomUUID();
    const first = await guard.admit(serial, user, NOW);
    if (!first.admitted) throw new Error('the first check is admitted');
    await guard.settle(first.ticket, 'rejected', NOW);
    await loseNextReply('PutItem');
    // Act: the user gate's write is applied, its reply lost, the retry refused, the gate read again
    const second = await guard.admit(serial, user, NOW);
    const third = await guard.admit(serial, user, NOW);
    // Assess: one rejection and one check in flight leave room for the third, had the second counted twice not
    expect(second.admitted).toBe(true);
    expect(third.admitted).toBe(true);
  });
});

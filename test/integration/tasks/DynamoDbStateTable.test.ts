import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import { createAwsClients } from '../../../src/aws/createAwsClients.js';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import { DynamoDbStateTable } from '../../../src/skill/domain/state/DynamoDbStateTable.js';
import { stateTableContract } from '../../unit/tasks/stateTableContract.js';
import { withEmulatorEnv } from './withEmulatorEnv.js';

describe('DynamoDbStateTable against the emulator over HTTP (and MfaGuard, PendingTaskStore on it)', () => {
  let emulator: Emulator;
  let restoreEnv: () => void;

  beforeAll(async () => {
    emulator = await createEmulator();
    restoreEnv = withEmulatorEnv(emulator.url);
  });
  afterAll(async () => {
    restoreEnv();
    await emulator.close();
  });

  stateTableContract(async () => ({
    table: new DynamoDbStateTable(createAwsClients(), {
      tableName: 'dbvoice-skill-state',
      region: 'us-west-2',
    }),
    prefix: `${randomUUID()}#`,
  }));
});

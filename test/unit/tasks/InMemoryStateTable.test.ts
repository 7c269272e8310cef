import { describe } from 'vitest';
import { InMemoryStateTable } from '../../../src/skill/domain/state/InMemoryStateTable.js';
import { stateTableContract } from './stateTableContract.js';

describe('InMemoryStateTable (and MfaGuard, PendingTaskStore on it)', () => {
  stateTableContract(async () => ({ table: new InMemoryStateTable(), prefix: '' }));
});

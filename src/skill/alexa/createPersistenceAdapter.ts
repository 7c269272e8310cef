import type { PersistenceAdapter } from 'ask-sdk-core';
import { DynamoDbPersistenceAdapter } from '../domain/state/DynamoDbPersistenceAdapter.js';
import { InMemoryPersistenceAdapter } from '../domain/state/InMemoryPersistenceAdapter.js';
import type { SkillDeps } from './createSkillServices.js';

/**
 * DynamoDB when STATE_TABLE is set; otherwise memory, which forgets lockouts and notification choices at
 * every cold start, so a deployment without a table is warned about.
 */
export function createPersistenceAdapter(deps: SkillDeps): PersistenceAdapter {
  const { stateTable, homeRegion } = deps.config;
  if (stateTable) {
    return new DynamoDbPersistenceAdapter(
      deps.clients,
      { tableName: stateTable, region: homeRegion },
      deps.now,
    );
  }
  if (process.env.AWS_LAMBDA_FUNCTION_NAME) {
    deps.observability.logger.warn(
      'STATE_TABLE is not set: lockouts and notifications are kept in memory only',
    );
  }
  return new InMemoryPersistenceAdapter();
}

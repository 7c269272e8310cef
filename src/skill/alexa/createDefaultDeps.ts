import { AwsCallRecorder } from '../../aws/AwsCallRecorder.js';
import { createAwsClients } from '../../aws/createAwsClients.js';
import { readSkillConfig } from '../domain/config/SkillConfig.js';
import type { SkillDeps } from './createSkillServices.js';
import { createObservability } from './observability/createObservability.js';
import { sendProgressiveResponse } from './sendProgressiveResponse.js';

/** The production dependencies, from the Lambda environment. */
export function createDefaultDeps(env: Record<string, string | undefined> = process.env): SkillDeps {
  const recorder = new AwsCallRecorder();
  return {
    config: readSkillConfig(env),
    clients: createAwsClients(recorder),
    recorder,
    observability: createObservability(),
    now: Date.now,
    progress: sendProgressiveResponse,
  };
}

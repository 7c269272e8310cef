import { AwsCallRecorder } from '../aws/AwsCallRecorder.js';
import { createAwsClients } from '../aws/createAwsClients.js';
import { sendProgressiveResponse } from './bastion/sendProgressiveResponse.js';
import { readSkillConfig } from './config/SkillConfig.js';
import { createObservability } from './observability/createObservability.js';
import type { SkillDeps } from './SkillServices.js';

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

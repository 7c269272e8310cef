import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { AwsCallRecorder } from '../../src/aws/AwsCallRecorder.js';
import { createAwsClients } from '../../src/aws/createAwsClients.js';
import { createSkill } from '../../src/skill/alexa/createSkill.js';
import type { SkillDeps } from '../../src/skill/alexa/createSkillServices.js';
import { readSkillConfig } from '../../src/skill/domain/config/SkillConfig.js';
import { TEST_SKILL_ID } from './alexaRequests.js';

export const NOW = Date.parse('2026-11-22T12:00:00Z');

/**
 * The real skill over real SDK clients (mocked with aws-sdk-client-mock by the test), a fixed clock and a
 * logger whose lines are captured so tests can assert what is (not) logged.
 */
export function createTestSkill(
  options: { env?: Record<string, string>; now?: () => number } & Partial<
    Pick<SkillDeps, 'sleep' | 'progress'>
  > = {},
) {
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  const logLines: string[] = [];
  const logger = new Logger({ serviceName: 'dbvoice-test', logLevel: 'DEBUG' });
  // Powertools writes through its own console; capture what it would print.
  for (const level of ['debug', 'info', 'warn', 'error', 'log'] as const) {
    (logger as unknown as { console: Record<string, (line: string) => void> }).console[level] = (
      line: string,
    ) => {
      logLines.push(String(line));
    };
  }
  const recorder = new AwsCallRecorder();
  const skill = createSkill({
    config: readSkillConfig({
      SKILL_ID: TEST_SKILL_ID,
      AWS_REGION: 'us-west-2',
      DBVOICE_REGIONS: 'us-west-2,us-east-1',
      // No allow-list unless a test sets one: other tests must not reach Parameter Store.
      ALLOWED_USERS_PARAMETER: '',
      ...options.env,
    }),
    clients: createAwsClients(recorder),
    recorder,
    observability: { logger, metrics: new Metrics({ namespace: 'test', serviceName: 'dbvoice-test' }) },
    now: options.now ?? (() => NOW),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.progress ? { progress: options.progress } : {}),
  });
  return { skill, logLines };
}

import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { HandlerInput } from 'ask-sdk-core';
import { AwsCallRecorder } from '../../../src/aws/AwsCallRecorder.js';
import { createAwsClients } from '../../../src/aws/createAwsClients.js';
import { readSkillConfig } from '../../../src/skill/config/SkillConfig.js';
import { createSkill } from '../../../src/skill/createSkill.js';
import { TEST_SKILL_ID } from '../../helpers/alexaRequests.js';
import { NOW } from '../../helpers/testSkill.js';

export const TOPIC_ARN = 'arn:aws:sns:us-west-2:123456789012:dbvoice-notifications';

/**
 * The real skill as createTestSkill builds it, plus what bastion checks need: a virtual clock whose sleep
 * advances time (so "the check outlives the 6.5 s budget" takes no real time), and a recorder for the
 * progressive responses instead of the Alexa API.
 */
export function createBastionTestSkill(options: { env?: Record<string, string> } = {}) {
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  let clock = NOW;
  const sleeps: number[] = [];
  const progress: string[] = [];
  const logLines: string[] = [];
  const logger = new Logger({ serviceName: 'dbvoice-test', logLevel: 'DEBUG' });
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
      ALLOWED_USERS_PARAMETER: '',
      ...options.env,
    }),
    clients: createAwsClients(recorder),
    recorder,
    observability: { logger, metrics: new Metrics({ namespace: 'test', serviceName: 'dbvoice-test' }) },
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    progress: async (_input: HandlerInput, speech: string) => {
      progress.push(speech);
    },
  });
  return {
    skill,
    logLines,
    progress,
    sleeps,
    /** Virtual milliseconds since the skill was created. */
    elapsedMs: () => clock - NOW,
  };
}

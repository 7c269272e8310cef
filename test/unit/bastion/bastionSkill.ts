import type { HandlerInput } from 'ask-sdk-core';
import { createTestSkill, NOW } from '../../helpers/testSkill.js';

export const TOPIC_ARN = 'arn:aws:sns:us-west-2:123456789012:dbvoice-notifications';

/**
 * The real skill as createTestSkill builds it, plus what bastion checks need: a virtual clock whose sleep
 * advances time (so "the check outlives the 6.5 s budget" takes no real time), and a recorder for the
 * progressive responses instead of the Alexa API.
 */
export function createBastionTestSkill(options: { env?: Record<string, string> } = {}) {
  let clock = NOW;
  const sleeps: number[] = [];
  const progress: string[] = [];
  const { skill, logLines } = createTestSkill({
    ...options,
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

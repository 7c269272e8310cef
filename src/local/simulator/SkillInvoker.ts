import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/**
 * How the simulator reaches the skill: the skill's Lambda handler called in-process, or an HTTP POST to
 * a running endpoint. A rejection stands for a skill that failed to answer.
 */
export type SkillInvoker = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;

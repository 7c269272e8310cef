import type { ResponseEnvelope } from 'ask-sdk-model';
import { createDefaultDeps } from './alexa/createDefaultDeps.js';
import { createSkill, type DbVoiceSkill } from './alexa/createSkill.js';

/** Built on the first request and kept for the container's life (clients, caches, logger). */
let skill: DbVoiceSkill | undefined;

/** The Lambda entry point for Alexa requests. */
export async function handler(event: unknown, context?: unknown): Promise<ResponseEnvelope> {
  skill ??= createSkill(createDefaultDeps());
  return skill.invoke(event, context);
}

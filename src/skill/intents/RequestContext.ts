import type { Logger } from '@aws-lambda-powertools/logger';
import type { HandlerInput } from 'ask-sdk-core';
import type { Deadline } from '../domain/Deadline.js';
import type { SpeechStrings } from '../speech/SpeechStrings.js';
import type { SkillServices } from './SkillServices.js';

/** Per-request values set by the request interceptor and read by every handler. */
export interface RequestContext {
  readonly deadline: Deadline;
  readonly strings: SpeechStrings;
  readonly services: SkillServices;
  readonly logger: Logger;
  readonly startedAt: number;
  /** The clock, injectable so tests can pin "30 minutes ago". */
  readonly now: () => number;
}

const KEY = 'dbvoice';

export function setRequestContext(input: HandlerInput, context: RequestContext): void {
  input.attributesManager.setRequestAttributes({
    ...input.attributesManager.getRequestAttributes(),
    [KEY]: context,
  });
}

/** The request's context, or undefined when the interceptor that sets it has not run (or failed). */
export function findRequestContext(input: HandlerInput): RequestContext | undefined {
  return input.attributesManager.getRequestAttributes()[KEY] as RequestContext | undefined;
}

export function requestContext(input: HandlerInput): RequestContext {
  const context = findRequestContext(input);
  if (!context) throw new Error('Request context missing: RequestContextInterceptor did not run');
  return context;
}

import type { HandlerInput } from 'ask-sdk-core';
import type { PendingTask } from '../../domain/tasks/PendingTask.js';

const KEY = 'dbvoicePendingTask';

/**
 * A copy of the task the skill asked about, in the session attributes for whoever displays the session.
 * Only a copy: the yes is checked against the server-side item (domain/tasks/PendingTaskStore.ts), never
 * against this, because the client holds the session attributes and can send anything back.
 */
export function rememberPendingTask(input: HandlerInput, pending: PendingTask): void {
  const attributes = input.attributesManager.getSessionAttributes();
  input.attributesManager.setSessionAttributes({ ...attributes, [KEY]: pending });
}

export function forgetPendingTask(input: HandlerInput): void {
  const { [KEY]: _forgotten, ...rest } = input.attributesManager.getSessionAttributes();
  input.attributesManager.setSessionAttributes(rest);
}

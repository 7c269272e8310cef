import { getRequestType, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/**
 * Cold-start reference: the smallest ask-sdk-core skill that answers Launch. No logger, no metrics, no AWS
 * client. What any skill built on the required framework pays before its own code.
 */
const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: (input) => input.responseBuilder.speak('Welcome.').reprompt('What now?').getResponse(),
  })
  .create();

export function handler(event: RequestEnvelope): Promise<ResponseEnvelope> {
  return skill.invoke(event);
}

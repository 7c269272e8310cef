import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { regionSpokenName } from '../../domain/fleet/regions.js';
import { notificationSubject } from '../../domain/notify/notificationSubject.js';
import { SLOTS } from '../../intents/interactionModel.js';
import { mailsItsAnswer } from '../../intents/notifications/mailsItsAnswer.js';
import { requestContext } from '../../intents/RequestContext.js';
import { readSlot } from '../../intents/slots/readSlot.js';
import { answerText } from './answerText.js';

/** "reporting - Oregon (us-west-2)" from the request's slots: the instance heard and the Region resolved. */
function subjectParts(input: HandlerInput): string[] {
  const instance = readSlot(input, SLOTS.instance);
  const region = readSlot(input, SLOTS.region);
  const regionWords = region.id ? `${regionSpokenName(region.id)} (${region.id})` : region.spoken;
  return [instance.spoken ?? instance.id ?? '', regionWords ?? ''].filter((part) => part !== '');
}

/** The intent whose answer this is, when it is an intent's answer at all. */
function intentName(input: HandlerInput): string | undefined {
  const { request } = input.requestEnvelope;
  return request.type === 'IntentRequest' ? request.intent.name : undefined;
}

function shouldPublish(input: HandlerInput, response: Response | undefined): response is Response {
  const intent = intentName(input);
  if (!response || intent === undefined || !mailsItsAnswer(intent)) return false;
  // Questions back to the user ("Which Region?") are not answers worth an e-mail.
  if (response.directives?.some((d) => d.type.startsWith('Dialog.'))) return false;
  return response.outputSpeech !== undefined;
}

/**
 * When the user's notifications are on, e-mails every answer's full content (the card, with whole lists)
 * to the SNS topic, the subject naming intent, instance and Region. Runs before the logging interceptor so
 * the Publish shows in the request's log line. Never fails the answer.
 */
export const notifyResponseInterceptor: ResponseInterceptor = {
  async process(input, response) {
    const context = requestContext(input);
    const { services } = context;
    if (!services.notifier.configured || !shouldPublish(input, response)) return;
    try {
      const state = await services.userState.load(input);
      if (!state.notifications) return;
      await services.notifier.publish(
        {
          subject: notificationSubject([intentName(input) ?? '', ...subjectParts(input)]),
          // In the listener's language, like the answer above it.
          message: `${answerText(response)}\n\n${context.strings.mail.askedAt(new Date(context.now()))}`,
        },
        context.deadline,
        context.logger,
      );
    } catch (error) {
      context.logger.warn('Answer e-mail not sent', {
        errorName: error instanceof Error ? error.name : 'unknown',
      });
    }
  },
};

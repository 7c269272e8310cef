import { DbVoiceParameters } from '../../../contract/DbVoiceParameters.js';
import { allowListCommand } from '../../domain/access/allowListCommand.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS } from '../interactionModel.js';
import { respond } from '../respond.js';

/**
 * "What is my user id": the speaker's Alexa user id and person id, and the exact commands that put them on the
 * allow-list, on the card only; the speech says where to look. Answered even to a speaker the allow-list
 * refuses (AllowListRequestInterceptor lets it through): it tells people only their own ids.
 */
export const WhoAmIHandler = intentHandler(INTENTS.WhoAmI, (input, context) => {
  const { strings, services } = context;
  const system = input.requestEnvelope.context?.System;
  const userId = system?.user?.userId ?? input.requestEnvelope.session?.user?.userId ?? '';
  const personId = system?.person?.personId;
  const location = {
    parameter: services.config.allowListParameter || DbVoiceParameters.allowedUsers,
    region: services.config.homeRegion,
  };
  const content = strings.whoAmI.card({
    userId,
    personId,
    allowAccount: allowListCommand(location, userId),
    allowVoice: personId ? allowListCommand(location, personId) : undefined,
  });
  return respond(input, {
    speech: strings.whoAmI.speech,
    card: { title: strings.whoAmI.cardTitle, content },
  });
});

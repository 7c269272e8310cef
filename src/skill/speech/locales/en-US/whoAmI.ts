import type { WhoAmIStrings } from '../../WhoAmIStrings.js';

/** The English words of "what is my user id". */
export const whoAmIEnglish: WhoAmIStrings = {
  speech:
    "I've put your Alexa user id, and the command that lets you use database fleet, on a card in the Alexa app.",
  cardTitle: 'Your Alexa ids',
  card: ({ userId, personId, allowAccount, allowVoice }) =>
    [
      `Alexa user id (this Amazon account):\n${userId}`,
      personId
        ? `Person id (your recognised voice):\n${personId}`
        : 'No person id: Alexa did not recognise your voice.',
      ...(allowVoice ? [`To allow your voice only, an administrator runs:\n${allowVoice}`] : []),
      `To allow everyone on this Amazon account, an administrator runs:\n${allowAccount}`,
    ].join('\n\n'),
};

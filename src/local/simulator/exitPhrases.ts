/** Phrases that end the session outright: Alexa sends SessionEndedRequest (USER_INITIATED), no intent. */
export const exitPhrases: readonly string[] = ['exit', 'quit', 'alexa exit', 'alexa quit'];

/**
 * What Alexa's own training maps to the standard built-in intents, beyond any samples the model adds.
 * Only intents the model declares are used. "exit" is not here: on a device it ends the session with a
 * SessionEndedRequest instead (see exitPhrases).
 */
export const builtInIntentPhrases: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.HelpIntent': [
    'help',
    'help me',
    'i need help',
    'what can i say',
    'what are my options',
    'how do i use this',
  ],
  'AMAZON.CancelIntent': ['cancel', 'cancel that', 'never mind', 'nevermind', 'forget it', 'abort'],
  'AMAZON.StopIntent': ['stop', 'stop it', 'shut up', 'be quiet', 'enough', "that's all", 'goodbye', 'bye'],
  'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yes please', 'sure', 'correct', "that's right"],
  'AMAZON.NoIntent': ['no', 'nope', 'nah', 'no thanks', 'no thank you'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home', 'go to home', 'go back home', 'main menu'],
};

import type { SpeechStrings } from '../../SpeechStrings.js';
import type { English } from './common.js';

/** The English words of launch, help, fallback, stop and the catch-all; examples name the variant's Region. */
export function builtinEnglish(
  en: English,
): Pick<
  SpeechStrings,
  'skillName' | 'launch' | 'help' | 'goodbye' | 'fallback' | 'reprompt' | 'comingSoon' | 'features'
> {
  const region = en.variant.exampleRegion;
  return {
    skillName: 'Database Fleet',
    launch: {
      speech:
        'Welcome to database fleet. You can ask about your instances, their metrics and alarms, or run a check like connect, top session or tablespace usage. Say help for more. What would you like to know?',
      reprompt: `For example, say: how many instances in ${region}?`,
    },
    help: {
      speech:
        // About sixty words: examples to copy first, then every check and task by the words that start it.
        `You can ask me about your database fleet. Try: how many instances in ${region}, what's the CPU on reporting, or any alarms on reporting. I can also connect to an instance, check tablespace usage, top sessions, a parameter or the alert log, reboot or fail over with an MFA code, and turn notifications on. What would you like to know?`,
      reprompt: 'What would you like to know about your databases?',
    },
    goodbye: 'Goodbye.',
    fallback: {
      speech:
        "Sorry, database fleet can't help with that. You can ask about instances, applications, metrics, alarms, events, logs and sessions, or say help. What would you like to know?",
      reprompt: `Try: how many instances in ${region}?`,
    },
    reprompt: 'Anything else?',
    comingSoon: (feature: string) =>
      `${feature} is not available in this version of database fleet yet. You can ask about instances, applications, properties, metrics, alarms and events.`,
    features: {},
  };
}

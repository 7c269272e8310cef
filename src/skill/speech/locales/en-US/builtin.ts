import type { BuiltinStrings, FleetExample } from '../../SpeechStrings.js';
import type { English } from './common.js';

/**
 * The English words of launch, help, fallback, stop and the catch-all. Help's examples name the fleet's own
 * instance and Region (`helpFor`), or the variant's Region when none is known; the welcome and the fallback
 * suggest "how is the fleet", which every fleet answers.
 */
export function builtinEnglish(en: English): BuiltinStrings {
  const region = en.variant.exampleRegion;
  const helpFor = ({ instance, region }: FleetExample) => ({
    speech:
      // About seventy words: examples to copy first, then every question, check and task by the words that start it.
      `You can ask me about your database fleet. Try: how many instances in ${region}, what's the CPU on ${instance}, or how is the fleet. Ask for alarms, the busiest instance or pending maintenance. I can also connect to an instance, check tablespace usage, top sessions, a parameter or the alert log, reboot or fail over with an MFA code, manage database users, and turn notifications on. What would you like to know?`,
    reprompt: 'What would you like to know about your databases?',
  });
  return {
    skillName: 'Database Fleet',
    launch: {
      speech:
        'Welcome to database fleet. You can ask about your instances, their metrics and alarms, or run a check like connect, top session or tablespace usage. Say help for more. What would you like to know?',
      // An example every fleet answers: the welcome is spoken before the fleet's names are known.
      reprompt: 'For example, say: how is the fleet?',
    },
    help: helpFor({ instance: 'reporting', region }),
    helpFor,
    goodbye: 'Goodbye.',
    fallback: {
      speech:
        "Sorry, database fleet can't help with that. You can ask about instances, applications, metrics, alarms, events, logs and sessions, or say help. What would you like to know?",
      reprompt: 'Try: how is the fleet?',
    },
    reprompt: 'Anything else?',
    comingSoon: (feature: string) =>
      `${feature} is not available in this version of database fleet yet. You can ask about instances, applications, properties, metrics, alarms and events.`,
    features: {},
  };
}

import { TaskOptInTag } from '../../../../contract/TaskOptInTag.js';
import type { TaskRefusal } from '../../../domain/tasks/errors.js';
import type { TaskKind } from '../../../domain/tasks/TaskKind.js';
import type { TaskStrings, TaskWords } from '../../SpeechStrings.js';
import type { English } from './common.js';

/** RDS status ids in words: "backing-up" is "backing up". */
function status(value: string): string {
  return value.replace(/-/g, ' ');
}

const VERBS: Record<TaskKind, string> = { reboot: 'reboot', failover: 'fail over' };
const NOUNS: Record<TaskKind, string> = { reboot: 'reboots', failover: 'failovers' };

/** The opt-in tag said aloud ("dbvoice tasks = enabled"); the README gives its exact spelling. */
const OPT_IN_TAG = `${TaskOptInTag.key.replace(/:/g, ' ')} = ${TaskOptInTag.value}`;

/** The English words of reboots, failovers, MFA, notifications and the allow-list. */
export function tasksEnglish(en: English): TaskStrings {
  /** A lock's length, rounded up to whole minutes: "1 minute", "15 minutes". */
  const minutes = (ms: number) => en.plural(Math.max(1, Math.ceil(ms / 60_000)), 'minute', 'minutes');
  return {
    /** The confirmation: action, instance and Region in words, and what it does. */
    confirm: ({ action, name, region, target }: TaskWords) => {
      if (action === 'reboot') return `Reboot ${name} in ${region}? This restarts the database.`;
      if (action === 'multiAzFailover')
        return `Fail over ${name} in ${region} to its standby? This restarts the database in its other Availability Zone.`;
      return `Fail over the cluster of ${name} in ${region} to ${target ?? 'a reader'}? The writer changes, and connections drop for a moment.`;
    },
    done: ({ action, name, region, target }: TaskWords) => {
      if (action === 'reboot')
        return `Rebooting ${name} in ${region}. It will be available again in a few minutes.`;
      if (action === 'multiAzFailover')
        return `Failing over ${name} in ${region} to its standby. It will be available again in a few minutes.`;
      return `Failing over the cluster of ${name} in ${region} to ${target ?? 'a reader'}. The new writer takes over within a minute or two.`;
    },
    /**
     * The RDS call's reply was lost (timeout, dropped connection, server error): what is true now, read
     * afterwards. Never "nothing was changed": the call may have been applied.
     */
    unknownOutcome: ({ action, name, region }: TaskWords, statusNow: string | undefined) => {
      const task = action === 'reboot' ? 'reboot' : 'failover';
      const subject =
        action === 'clusterFailover' ? `the cluster of ${name} in ${region}` : `${name} in ${region}`;
      if (statusNow === undefined)
        return `I couldn't confirm the ${task}, and I couldn't read the status of ${subject} either, so it may have started. Ask me again in a minute to check.`;
      if (statusNow === 'available')
        return `I couldn't confirm the ${task}; ${subject} is still available, so the ${task} may not have started. Ask me again in a minute to check.`;
      return `I couldn't confirm the ${task}; ${subject} is now ${status(statusNow)}.`;
    },
    cancelled: (kind: TaskKind, name: string, region: string) =>
      `OK, I won't ${VERBS[kind]} ${name} in ${region}. Nothing was changed.`,
    askCode: 'What is the six digit code from your M. F. A. device?',
    codeHelp:
      'I need the code from your M. F. A. device before I go on. Say the six digits your authenticator shows now, or say cancel.',
    confirmHelp:
      "Nothing has changed yet. Say no to leave everything as it is. If you say yes, I'll ask for your M. F. A. code again, since I never keep a code, and then check with you once more.",
    codeNotHeard:
      "I still need the six digit code from your M. F. A. device, and nothing has changed. If you don't have it, say cancel. Otherwise, say the six digits your authenticator shows now.",
    codeMalformed: "That didn't sound like a six digit code. What is the code from your M. F. A. device?",
    codeReused:
      'That code was already used, and a code only works once. Wait for the next code on your device, then tell me that one.',
    codeRejected: (triesLeft: number) =>
      `That code was not accepted. You can try ${en.message('{count, plural, one {# more time} other {# more times}}', { count: triesLeft })}. Wait for the next code on your device, then tell me that one.`,
    lockedOut: (lockMs: number) =>
      `That code was not accepted either. After three rejected codes, reboots and failovers are locked for ${minutes(lockMs)}.`,
    locked: (remainingMs: number) =>
      `Reboots and failovers are locked for another ${minutes(remainingMs)}, because three M. F. A. codes were rejected. Nothing was changed.`,
    busy: 'Other M. F. A. codes are being checked right now, so I did not check this one. Wait for the next code on your device, then try again. Nothing was changed.',
    mfaNotConfigured:
      "I can't check M. F. A. codes because the M. F. A. user is not set up. Ask your administrator to set it up. Nothing was changed.",
    notAuthorised: "Sorry, you're not authorised to use database fleet. Ask your administrator to add you.",
    refused: (reason: TaskRefusal, kind: TaskKind, name: string, region: string, detail?: string) => {
      switch (reason) {
        case 'notAvailable':
          return `${name} in ${region} is ${status(detail ?? 'unavailable')}, not available, so I can't ${VERBS[kind]} it now. Nothing was changed.`;
        case 'notMultiAz':
          return `${name} in ${region} is a single A. Z. instance, and a failover needs Multi-A. Z. or an Aurora cluster. You can reboot it instead.`;
        case 'notOptedIn':
          return `${name} in ${region} isn't enabled for ${NOUNS[kind]}. An operator can enable it with the tag ${OPT_IN_TAG}. Nothing was changed.`;
        case 'clusterNotOptedIn':
          return `The cluster of ${name} in ${region} isn't enabled for failovers. An operator can enable it with the tag ${OPT_IN_TAG}. Nothing was changed.`;
        case 'clusterBusy':
          return `The cluster of ${name} in ${region} is ${status(detail ?? 'busy')}, not available, so I can't fail it over now. Nothing was changed.`;
        case 'noReader':
          return `The cluster of ${name} in ${region} has no reader to fail over to. Nothing was changed.`;
        case 'targetNotReader':
          return `${detail ?? 'That instance'} is not a reader in the cluster of ${name} in ${region}, so I can't fail over to it. Nothing was changed.`;
        case 'rdsRefused':
          return `R. D. S. refused to ${VERBS[kind]} ${name} in ${region}: it is not in a state that allows it right now. Nothing was changed.`;
      }
    },
    notifications: {
      ask: 'Do you want notifications on or off?',
      on: 'Notifications are on. I will e-mail the full answer to each question, and a record of every reboot and failover.',
      onWithoutTopic:
        'Notifications are on, but no e-mail topic is set up for this skill, so nothing will be sent until your administrator adds one.',
      off: "Notifications are off. I won't e-mail answers any more.",
      statusOn: 'Notifications are on: I e-mail the full answer to each question.',
      statusOff: 'Notifications are off. Say: turn notifications on, to get answers by e-mail.',
    },
    cards: {
      task: (kind: TaskKind, name: string) => `${name}: ${kind}`,
      notifications: 'Notifications',
    },
  };
}

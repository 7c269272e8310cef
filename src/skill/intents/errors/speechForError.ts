import { AwsCallFailed } from '../../../aws/AwsCallFailed.js';
import { NotAuthorised } from '../../domain/access/errors.js';
import {
  ApplicationNotFound,
  InstanceAmbiguous,
  InstanceNotFound,
  RegionUnknown,
} from '../../domain/fleet/errors.js';
import { spokenNameOf } from '../../domain/fleet/nameReadings.js';
import { MfaNotConfigured } from '../../domain/mfa/errors.js';
import { TaskRefused } from '../../domain/tasks/errors.js';
import { missingNote } from '../../speech/missingNote.js';
import type { SpeechStrings } from '../../speech/SpeechStrings.js';
import { withNote } from '../../speech/withNote.js';
import { SlotMissing, SlotValueUnknown } from '../slots/errors.js';
import { bastionErrorSpeech } from './bastionErrorSpeech.js';

/** What to say for an error, as plain text (escaped for SSML only on the way out, by respond). */
export interface ErrorSpeech {
  readonly speech: string;
  /**
   * False for an error nobody planned for: the words are the generic apology, and whoever answers logs
   * the stack. True for an error the user can act on (it is logged without a stack).
   */
  readonly expected: boolean;
}

/** The names suggested, each as the listener hears it (its reading in their language when it has one). */
function spokenSuggestions(error: InstanceNotFound | ApplicationNotFound, strings: SpeechStrings): string[] {
  return error.suggestions.map((name) =>
    spokenNameOf({ name, readings: error.readings[name] ?? {} }, strings.locale),
  );
}

function expectedSpeech(error: unknown, strings: SpeechStrings): string | undefined {
  const regions = (codes: readonly string[]) => codes.map((code) => strings.region(code));
  if (error instanceof AwsCallFailed) return strings.errors.aws(error.reason);
  if (error instanceof RegionUnknown) return strings.errors.regionUnknown(error.spoken);
  if (error instanceof InstanceAmbiguous)
    return strings.ask.region(
      spokenNameOf({ name: error.spoken, readings: error.readings }, strings.locale),
      regions(error.regions),
    );
  // Not found where the fleet answered: the Regions that did not are named, never ruled out.
  if (error instanceof InstanceNotFound)
    return withNote(
      strings.errors.instanceNotFound(
        error.spoken,
        regions(error.regions),
        spokenSuggestions(error, strings),
      ),
      missingNote(strings, error.missing),
    );
  if (error instanceof ApplicationNotFound)
    return withNote(
      strings.errors.applicationNotFound(
        error.spoken,
        regions(error.regions),
        spokenSuggestions(error, strings),
      ),
      missingNote(strings, error.missing),
    );
  if (error instanceof SlotMissing)
    return strings.errors.slotMissing(strings.slotNames[error.slot] ?? error.slot);
  if (error instanceof SlotValueUnknown)
    return strings.errors.slotValueUnknown(strings.slotNames[error.slot] ?? error.slot, error.spoken);
  if (error instanceof NotAuthorised) return strings.tasks.notAuthorised;
  if (error instanceof MfaNotConfigured) return strings.tasks.mfaNotConfigured;
  if (error instanceof TaskRefused) {
    const [region] = regions([error.region]);
    return strings.tasks.refused(error.reason, error.task, error.instanceName, region!, error.detail);
  }
  return bastionErrorSpeech(error, strings);
}

/**
 * The one mapping from an error to the words the user hears, in the request's locale. Every answer to an
 * error uses it: the intent handoff and the ask-sdk error handler (alexa/errors/answerForError.ts), and any
 * handler that must record what it is about to say (the reboot/failover audit). Anything unexpected is the
 * generic apology, never the error's own message.
 */
export function speechForError(error: unknown, strings: SpeechStrings): ErrorSpeech {
  const speech = expectedSpeech(error, strings);
  return speech === undefined
    ? { speech: strings.errors.generic, expected: false }
    : { speech, expected: true };
}

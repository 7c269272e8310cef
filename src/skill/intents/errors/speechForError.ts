import { AwsCallFailed } from '../../../aws/AwsCallFailed.js';
import { NotAuthorised } from '../../domain/access/errors.js';
import { ApplicationNotFound, InstanceNotFound, RegionUnknown } from '../../domain/fleet/errors.js';
import { MfaNotConfigured } from '../../domain/mfa/errors.js';
import { TaskRefused } from '../../domain/tasks/errors.js';
import { SlotMissing, SlotValueUnknown } from '../../intents/slots/errors.js';
import type { SpeechStrings } from '../../speech/locales/en-US.js';
import { bastionErrorSpeech } from './bastionErrorSpeech.js';

/**
 * The words for an error the user can act on, or undefined for an unexpected one (which gets the
 * generic apology and a logged stack).
 */
export function speechForError(error: unknown, strings: SpeechStrings): string | undefined {
  const regions = (codes: readonly string[]) => codes.map((code) => strings.region(code));
  if (error instanceof AwsCallFailed) return strings.errors.aws(error.reason);
  if (error instanceof RegionUnknown) return strings.errors.regionUnknown(error.spoken);
  if (error instanceof InstanceNotFound)
    return strings.errors.instanceNotFound(error.spoken, regions(error.regions), error.suggestions);
  if (error instanceof ApplicationNotFound)
    return strings.errors.applicationNotFound(error.spoken, regions(error.regions), error.suggestions);
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

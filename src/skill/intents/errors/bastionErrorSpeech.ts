import {
  BastionNotConfigured,
  BastionNotResponding,
  CheckFailed,
  CheckUnsupported,
  InstanceNotRunning,
} from '../../domain/bastion/errors.js';
import { LogNotFound, LogTypeUnavailable } from '../../domain/logs/errors.js';
import type { SpeechStrings } from '../../speech/SpeechStrings.js';

/** The words for the bastion and log errors (speechForError asks here after its own), or undefined for others. */
export function bastionErrorSpeech(error: unknown, strings: SpeechStrings): string | undefined {
  const words = strings.bastion.errors;
  const region = (code: string) => strings.region(code);
  if (error instanceof BastionNotConfigured) return words.bastionNotConfigured(region(error.region));
  if (error instanceof BastionNotResponding)
    return words.bastionNotResponding(region(error.region), error.notifying);
  if (error instanceof CheckFailed) {
    const where = { instance: error.instance, region: region(error.region) };
    return words.checkFailed(error.reason, where, error.user, error.database);
  }
  if (error instanceof CheckUnsupported)
    return words.checkUnsupported(strings.engineName(error.engine), error.check);
  if (error instanceof InstanceNotRunning)
    return words.instanceNotRunning({ instance: error.instance, region: region(error.region) }, error.status);
  if (error instanceof LogTypeUnavailable)
    return words.logTypeUnavailable(strings.engineName(error.engine), error.logType, error.available);
  if (error instanceof LogNotFound)
    return words.logNotFound({ instance: error.instance, region: region(error.region) }, error.logType);
  return undefined;
}

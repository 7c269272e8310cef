import type { UserTaskRefused } from '../../domain/users/errors.js';
import type { SpeechStrings } from '../../speech/SpeechStrings.js';

/**
 * A refusal's detail as the listener should hear it: the domain keeps the engine id (oracle-ee, for the
 * audit and the log line), but the answer says its product name ("Oracle Enterprise Edition").
 */
export function spokenRefusalDetail(error: UserTaskRefused, strings: SpeechStrings): string | undefined {
  return error.reason === 'engineUnsupported' && error.detail
    ? strings.engineName(error.detail)
    : error.detail;
}

import type { LogTypeId } from '../intents/slots.js';

/** The engine does not write that kind of log (an alert log on MySQL); `available` are the ones it has. */
export class LogTypeUnavailable extends Error {
  override readonly name = 'LogTypeUnavailable';

  constructor(
    readonly engine: string,
    readonly logType: LogTypeId,
    readonly available: readonly LogTypeId[],
  ) {
    super(`${engine} has no ${logType} log`);
  }
}

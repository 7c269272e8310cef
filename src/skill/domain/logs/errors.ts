import type { LogTypeId } from '../intents/slots.js';

/** RDS lists no file of that log type for the instance (the slow query log is off, for example). */
export class LogNotFound extends Error {
  override readonly name = 'LogNotFound';

  constructor(
    readonly instance: string,
    readonly region: string,
    readonly logType: LogTypeId,
  ) {
    super(`No ${logType} log files for ${instance} in ${region}`);
  }
}

import type { LogTypeId } from '../vocabulary.js';

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

/**
 * Runs tasks one at a time, in order. Turns of every session go through one queue so the emulator calls
 * made between a turn's start and end are that turn's own (two browser tabs cannot mix their call logs).
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    // The queue goes on after a failure; the caller still sees it through `result`.
    this.tail = result.catch(() => undefined);
    return result;
  }
}

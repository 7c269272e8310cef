import type { EmulatorRuntime } from './EmulatorRuntime.js';

/** A delay that close() can cancel, so an emulator never keeps the process alive after closing. */
export function sleep(runtime: EmulatorRuntime, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      runtime.timers.delete(timer);
      resolve();
    }, ms);
    runtime.timers.add(timer);
  });
}

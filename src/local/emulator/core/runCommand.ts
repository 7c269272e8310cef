import { consoleUsage } from './consoleUsage.js';
import { UsageError } from './UsageError.js';

/**
 * Runs a console entry point and exits with its code: 2 with the usage text for a usage mistake, 1 with
 * the stack for anything else.
 */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\n\n${consoleUsage}\n`);
        process.exit(2);
      }
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}

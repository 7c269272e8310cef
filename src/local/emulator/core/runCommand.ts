import { UsageError } from './UsageError.js';

/**
 * Runs a command-line entry point (the emulator, the console, the bench) and exits with its code: 2 with the
 * message and `usage` for a user's mistake, 1 with the stack for anything else (a bug to report).
 */
export function runCommand(main: () => Promise<number>, usage: string): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\n\n${usage}\n`);
        process.exit(2);
      }
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}

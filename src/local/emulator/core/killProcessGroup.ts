import type { ChildProcess } from 'node:child_process';

/**
 * Kills a runner and everything it started: the runner is spawned as a process-group leader, and killing
 * only bash would leave its children (a stuck mysql client) holding the output pipes open.
 */
export function killProcessGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

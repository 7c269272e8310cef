/** The checks sql-scripts/run-check runs: one SQL file per engine folder and check. */
export const CHECK_NAMES = {
  connect: 'connect',
  storage: 'storage',
  topCpu: 'top-cpu',
  topMemory: 'top-memory',
  topDbTime: 'top-dbtime',
  parameter: 'parameter',
} as const;

export type CheckName = (typeof CHECK_NAMES)[keyof typeof CHECK_NAMES];

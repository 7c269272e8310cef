import type { CallRecord } from '../../emulator/control/CallRecord.js';

/** "2 AWS calls: rds DescribeDBInstances ×2" — the one-line summary under every answer. */
export function formatCallSummary(calls: readonly CallRecord[]): string {
  if (calls.length === 0) return 'no AWS calls';
  const counts = new Map<string, number>();
  for (const call of calls) {
    const key = `${call.service} ${call.operation}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const failed = calls.filter((call) => (call.status ?? 200) >= 400).length;
  const parts = [...counts].map(([key, count]) => (count > 1 ? `${key} ×${count}` : key));
  const noun = calls.length === 1 ? 'AWS call' : 'AWS calls';
  return `${calls.length} ${noun}${failed > 0 ? ` (${failed} failed)` : ''}: ${parts.join(', ')}`;
}

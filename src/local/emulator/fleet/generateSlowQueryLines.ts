import { hashString } from '../core/hashString.js';

/** Statements a demo application might run slowly, with the rows each sends back. */
const SLOW_STATEMENTS: readonly { readonly sql: string; readonly rowsSent: number }[] = [
  {
    sql: "SELECT * FROM orders WHERE customer_email LIKE '%@example.com' ORDER BY created_at DESC;",
    rowsSent: 200,
  },
  { sql: 'SELECT COUNT(*) FROM events WHERE created_at > NOW() - INTERVAL 30 DAY;', rowsSent: 1 },
  {
    sql: 'SELECT p.id, SUM(oi.quantity) FROM products p JOIN order_items oi ON oi.product_id = p.id GROUP BY p.id;',
    rowsSent: 4812,
  },
  { sql: "UPDATE sessions SET expired = 1 WHERE last_seen < '2026-01-01';", rowsSent: 0 },
  { sql: 'SELECT * FROM audit_log ORDER BY id DESC LIMIT 50000;', rowsSent: 50000 },
];

/**
 * A MySQL/MariaDB slow query log (log_output=FILE) of `entries` entries ending at `endAt`, one every two
 * minutes: each is the `# Time`, `# User@Host` and `# Query_time` header, `SET timestamp`, and the statement,
 * as mysqld writes them. The same seed always gives the same file.
 */
export function generateSlowQueryLines(entries: number, endAt: Date, seed: string): string[] {
  const lines: string[] = [];
  for (let i = 0; i < entries; i++) {
    const at = new Date(endAt.getTime() - (entries - 1 - i) * 120_000);
    const hash = hashString(`${seed}:${i}`);
    const statement = SLOW_STATEMENTS[hash % SLOW_STATEMENTS.length]!;
    // Between 1 and about 13 seconds, with microseconds as mysqld prints them.
    const queryTime = 1 + (hash % 12_000_000) / 1_000_000;
    const lockTime = (hash % 900) / 1_000_000;
    const examined = statement.rowsSent + (hash % 2_000_000);
    lines.push(
      `# Time: ${at.toISOString().replace('Z', '000Z')}`,
      `# User@Host: app[app] @  [10.0.3.${(hash % 200) + 10}]  Id: ${1000 + (hash % 9000)}`,
      `# Query_time: ${queryTime.toFixed(6)}  Lock_time: ${lockTime.toFixed(6)} Rows_sent: ${statement.rowsSent}  Rows_examined: ${examined}`,
      `SET timestamp=${Math.floor(at.getTime() / 1000)};`,
      statement.sql,
    );
  }
  return lines;
}

import type { SqlSession } from './mysqlSession.js';

/**
 * How the server keeps an old password working while a new one is tested:
 * - 'retain': MySQL 8.0.14+ dual passwords (ALTER USER ... RETAIN CURRENT PASSWORD / DISCARD OLD PASSWORD);
 * - 'either': MariaDB 10.4+ accounts with two authentication methods (IDENTIFIED VIA ... OR ...);
 * - 'none': MySQL 5.7 / Aurora MySQL 2 and older MariaDB: the old password stops at ALTER USER and is
 *   restored if a later step fails.
 */
export const DUAL_PASSWORD = { retain: 'retain', either: 'either', none: 'none' } as const;
export type DualPasswordSupport = (typeof DUAL_PASSWORD)[keyof typeof DUAL_PASSWORD];

export interface ServerInfo {
  readonly flavor: 'mysql' | 'mariadb';
  readonly version: string;
  readonly dualPassword: DualPasswordSupport;
  /** MySQL 8 with partial_revokes=ON reads '_' and '%' in database grants literally. */
  readonly wildcardsAreLiteral: boolean;
}

export async function probeServer(session: SqlSession): Promise<ServerInfo> {
  const [versionRow] = await session.query({ sql: 'SELECT VERSION() AS version' });
  // Old MariaDB proxies report '5.5.5-<real version>' for the sake of MySQL 5 clients.
  const version = String(versionRow?.version ?? '').replace(/^5\.5\.5-(?=\d+\.\d+.*MariaDB)/i, '');
  // MariaDB has no partial_revokes: an empty result, not an error.
  const revokes = await session.query({ sql: 'SHOW VARIABLES LIKE ?', values: ['partial_revokes'] });
  const wildcardsAreLiteral = String(revokes[0]?.Value ?? 'OFF').toUpperCase() === 'ON';
  const flavor = /mariadb/i.test(version) ? 'mariadb' : 'mysql';
  const [major = 0, minor = 0, patch = 0] = (version.match(/^(\d+)\.(\d+)(?:\.(\d+))?/) ?? [])
    .slice(1)
    .map((part) => Number(part ?? 0));
  const atLeast = (a: number, b: number, c: number) =>
    major > a || (major === a && (minor > b || (minor === b && patch >= c)));
  const dualPassword: DualPasswordSupport =
    flavor === 'mariadb'
      ? atLeast(10, 4, 0)
        ? DUAL_PASSWORD.either
        : DUAL_PASSWORD.none
      : atLeast(8, 0, 14)
        ? DUAL_PASSWORD.retain
        : DUAL_PASSWORD.none;
  return { flavor, version, dualPassword, wildcardsAreLiteral };
}

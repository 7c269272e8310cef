import { describe, expect, it } from 'vitest';
import type { SqlSession } from '../../../src/user-management/mysqlSession.js';
import { probeServer } from '../../../src/user-management/serverInfo.js';

function server(version: string, partialRevokes?: 'ON' | 'OFF'): SqlSession {
  return {
    query: async ({ sql }) => {
      if (sql.startsWith('SELECT VERSION()')) return [{ version }];
      return partialRevokes === undefined
        ? []
        : [{ Variable_name: 'partial_revokes', Value: partialRevokes }];
    },
    close: async () => undefined,
  };
}

describe('Server: probeServer', () => {
  it.each([
    ['8.0.36', 'OFF', { flavor: 'mysql', dualPassword: 'retain', wildcardsAreLiteral: false }],
    ['8.0.14', 'ON', { flavor: 'mysql', dualPassword: 'retain', wildcardsAreLiteral: true }],
    ['8.0.13', 'OFF', { flavor: 'mysql', dualPassword: 'none' }],
    ['5.7.44-log', undefined, { flavor: 'mysql', dualPassword: 'none', wildcardsAreLiteral: false }],
    ['8.4.3', 'OFF', { flavor: 'mysql', dualPassword: 'retain' }],
    ['10.11.19-MariaDB-0+deb12u1', undefined, { flavor: 'mariadb', dualPassword: 'either' }],
    ['10.3.39-MariaDB', undefined, { flavor: 'mariadb', dualPassword: 'none' }],
    [
      '5.5.5-10.6.18-MariaDB',
      undefined,
      { flavor: 'mariadb', dualPassword: 'either', version: '10.6.18-MariaDB' },
    ],
  ] as const)('reads %s (partial_revokes %s)', async (version, revokes, expected) => {
    expect(await probeServer(server(version, revokes))).toMatchObject(expected);
  });
});

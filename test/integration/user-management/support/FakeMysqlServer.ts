/**
 * A scripted stand-in for MySQL 8 (or 5.7) that understands exactly the statements the Lambda sends, with
 * MySQL's own rules where they differ from the local MariaDB: dual passwords (RETAIN CURRENT PASSWORD /
 * DISCARD OLD PASSWORD) and partial_revokes. Anything else is an error, so a new statement cannot slip by
 * untested. Faults are injected by the harness's StatementRecorder around it.
 */
import { DatabaseConnectionError, DatabaseError } from '../../../../src/user-management/errors.js';
import type {
  SqlSession,
  SqlSessionFactory,
  SqlStatement,
} from '../../../../src/user-management/mysqlSession.js';
import { nativePasswordHash } from '../../../../src/user-management/nativePasswordHash.js';

/** Passwords are kept as the server keeps them: mysql_native_password hashes, whatever form set them. */
interface Account {
  primary: string;
  secondary?: string;
  /** database pattern (as written in GRANT) -> privileges */
  grants: Map<string, Set<string>>;
}

const ALL = [
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'CREATE',
  'DROP',
  'REFERENCES',
  'INDEX',
  'ALTER',
  'CREATE TEMPORARY TABLES',
  'LOCK TABLES',
  'EXECUTE',
  'CREATE VIEW',
  'SHOW VIEW',
  'CREATE ROUTINE',
  'ALTER ROUTINE',
  'EVENT',
  'TRIGGER',
];

export class FakeMysqlServer {
  readonly accounts = new Map<string, Account>();
  readonly statements: string[] = [];
  readonly databases = new Set<string>(['app_db']);
  readonly master = { user: 'admin', password: 'master-password' };

  constructor(
    readonly version = '8.0.36',
    readonly partialRevokes: 'ON' | 'OFF' = 'OFF',
  ) {}

  readonly connect: SqlSessionFactory = async (login) => {
    if (login.user === this.master.user) {
      if (login.password !== this.master.password) throw accessDenied(login.user);
    } else {
      const account = [...this.accounts].find(([key]) => key.startsWith(`${login.user}@`))?.[1];
      const hash = nativePasswordHash(login.password);
      if (!account || (hash !== account.primary && hash !== account.secondary))
        throw accessDenied(login.user);
    }
    const session: SqlSession = {
      query: async (statement) => this.#run(statement, login.user),
      close: async () => undefined,
    };
    return session;
  };

  canLogIn(user: string, host: string, password: string): boolean {
    const account = this.accounts.get(`${user}@${host}`);
    const hash = nativePasswordHash(password);
    return account !== undefined && (account.primary === hash || account.secondary === hash);
  }

  #run(statement: SqlStatement, user: string): Record<string, unknown>[] {
    this.statements.push(statement.sql);
    const v = statement.values ?? [];
    const key = () => `${v[0]}@${v[1]}`;
    const account = () => {
      const found = this.accounts.get(key());
      if (!found) throw new DatabaseError('no such account', { details: { errno: 1396 } });
      return found;
    };
    const s = statement.sql;
    if (s === 'SELECT VERSION() AS version') return [{ version: this.version }];
    if (s === 'SHOW VARIABLES LIKE ?') {
      return this.version.startsWith('8.')
        ? [{ Variable_name: 'partial_revokes', Value: this.partialRevokes }]
        : [];
    }
    if (s.includes('information_schema.SCHEMATA'))
      return this.databases.has(String(v[0])) ? [{ SCHEMA_NAME: v[0] }] : [];
    if (s.includes('FROM mysql.user')) return this.accounts.has(key()) ? [{ found: 1 }] : [];
    if (s.includes('SCHEMA_PRIVILEGES')) {
      const [grantee, schema] = v as string[];
      const match = /^'(.*)'@'(.*)'$/.exec(String(grantee));
      const privileges =
        this.accounts.get(`${match?.[1]}@${match?.[2]}`)?.grants.get(String(schema)) ?? new Set();
      return [...privileges].map((privilege) => ({ privilege }));
    }
    if (s === 'SHOW GRANTS FOR ?@?') {
      const lines = [`GRANT USAGE ON *.* TO \`${v[0]}\`@\`${v[1]}\``];
      for (const [schema, privileges] of account().grants) {
        const all = ALL.every((p) => privileges.has(p));
        lines.push(
          `GRANT ${all ? 'ALL PRIVILEGES' : [...privileges].join(', ')} ON \`${schema}\`.* TO \`${v[0]}\`@\`${v[1]}\``,
        );
      }
      return lines.map((line) => ({ [`Grants for ${v[0]}@${v[1]}`]: line }));
    }
    const create = /^CREATE USER \?@\? (IDENTIFIED BY \?|IDENTIFIED WITH mysql_native_password AS \?)$/.exec(
      s,
    );
    if (create) {
      this.#requirePasswordForm(create[1]!);
      if (this.accounts.has(key()))
        throw new DatabaseError('Operation CREATE USER failed', { details: { errno: 1396 } });
      this.accounts.set(key(), { primary: stored(create[1]!, String(v[2])), grants: new Map() });
      return [];
    }
    if (s.startsWith('DROP USER')) {
      if (!this.accounts.delete(key()) && !s.includes('IF EXISTS')) {
        throw new DatabaseError('Operation DROP USER failed', { details: { errno: 1396 } });
      }
      return [];
    }
    const grant = /^GRANT (.+) ON \?\?\.\* TO \?@\?$/.exec(s);
    if (grant) {
      const [schema, u, h] = v as string[];
      const target = this.accounts.get(`${u}@${h}`);
      if (!target) throw new DatabaseError('no such account', { details: { errno: 1133 } });
      const privileges = grant[1] === 'ALL PRIVILEGES' ? ALL : grant[1]!.split(', ');
      const held = target.grants.get(String(schema)) ?? new Set<string>();
      for (const p of privileges) held.add(p);
      target.grants.set(String(schema), held);
      return [];
    }
    if (s === 'REVOKE ALL PRIVILEGES ON ??.* FROM ?@?') {
      const [schema, u, h] = v as string[];
      const target = this.accounts.get(`${u}@${h}`);
      if (!target?.grants.delete(String(schema))) {
        throw new DatabaseError('There is no such grant defined', { details: { errno: 1141 } });
      }
      return [];
    }
    if (s === 'ALTER USER ?@? IDENTIFIED BY ? RETAIN CURRENT PASSWORD') {
      this.#requireDualPasswords();
      const target = account();
      target.secondary = target.primary;
      target.primary = nativePasswordHash(String(v[2]));
      return [];
    }
    const alter = /^ALTER USER \?@\? (IDENTIFIED BY \?|IDENTIFIED WITH mysql_native_password AS \?)$/.exec(s);
    if (alter) {
      this.#requirePasswordForm(alter[1]!);
      // Without RETAIN the secondary password is left as it was (MySQL 8 rule).
      account().primary = stored(alter[1]!, String(v[2]));
      return [];
    }
    if (s === 'ALTER USER ?@? DISCARD OLD PASSWORD') {
      this.#requireDualPasswords();
      delete account().secondary;
      return [];
    }
    if (s === 'SELECT CURRENT_USER() AS account') {
      const host = [...this.accounts.keys()].find((k) => k.startsWith(`${user}@`))?.split('@')[1];
      return [{ account: `${user}@${host}` }];
    }
    throw new DatabaseError(`fake MySQL does not understand: ${s}`, { details: { errno: 1064 } });
  }

  /**
   * The forms the Lambda must use per version: MySQL 5.7 gets the mysql_native_password hash only (a clear
   * password would reach a log written with --log-raw or by an audit plugin), MySQL 8 IDENTIFIED BY.
   */
  #requirePasswordForm(form: string): void {
    const wanted = this.version.startsWith('8.')
      ? 'IDENTIFIED BY ?'
      : 'IDENTIFIED WITH mysql_native_password AS ?';
    if (form !== wanted) {
      throw new DatabaseError(`fake MySQL ${this.version} expects ${wanted}, got ${form}`, {
        details: { errno: 1064 },
      });
    }
  }

  #requireDualPasswords(): void {
    if (!this.version.startsWith('8.'))
      throw new DatabaseError('syntax error (MySQL 5.7)', { details: { errno: 1064 } });
  }
}

function stored(form: string, value: string): string {
  return form === 'IDENTIFIED BY ?' ? nativePasswordHash(value) : value;
}

function accessDenied(user: string): DatabaseConnectionError {
  return new DatabaseConnectionError(`access denied for ${user}`, { details: { errno: 1045 } });
}

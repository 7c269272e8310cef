import type { UserManagementEvent } from '../../../src/user-management/event.js';

/**
 * Inputs the user-management Lambda must refuse before it opens a connection or calls Secrets Manager:
 * quotes, backticks, comments, wildcards, NUL and control characters, over-long values, Unicode
 * look-alikes, reserved names and malformed events. Shared by the unit, integration and document tests.
 */
export interface HostileInput {
  readonly name: string;
  /** The event field the value goes into; undefined for whole-event cases. */
  readonly field?: string;
  readonly event: unknown;
}

/** A valid event in the shape Automation sends, each hostile case changing one field of it. */
const BASE_EVENT: UserManagementEvent = {
  action: 'create_user',
  db_name: 'app',
  username: 'bob',
  role: 'readonly',
  host: '%',
  rds_secret_name: 'rds-master-credentials',
};

const inField = (field: string, values: Record<string, unknown>, base: object = BASE_EVENT): HostileInput[] =>
  Object.entries(values).map(([name, value]) => ({
    name: `${field}: ${name}`,
    field,
    event: { ...base, [field]: value },
  }));

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  ...inField('username', {
    'quote and statement': "bob'; DROP USER root;--",
    backtick: 'bob`',
    'double quote': 'bob"',
    'always-true clause': "bob' OR '1'='1",
    'C comment': 'bob/*x*/',
    'dash comment': 'bob-- ',
    'hash comment': 'bob#',
    'percent wildcard': 'bob%',
    'account syntax': 'bob@%',
    semicolon: 'bob;',
    backslash: 'bob\\',
    NUL: 'bob\u0000',
    newline: 'bob\n',
    'CRLF and statement': 'bob\r\nGRANT ALL ON *.* TO bob',
    '33 characters': 'a'.repeat(33),
    '10,000 characters': 'a'.repeat(10_000),
    'Cyrillic o look-alike of root': 'r\u043e\u043et',
    'fullwidth root': '\uff52\uff4f\uff4f\uff54',
    'zero-width space': 'bob\u200b',
    'right-to-left override': 'bob\u202e',
    'modifier apostrophe': 'bob\u02bc',
    'fullwidth apostrophe': 'bob\uff07',
    'reserved root': 'root',
    'reserved ROOT in capitals': 'ROOT',
    'reserved rdsadmin': 'rdsadmin',
    'dotted system account': 'mysql.sys',
    'reserved postgres': 'postgres',
    'PostgreSQL built-in role': 'pg_read_all_data',
    'RDS role rds_superuser': 'rds_superuser',
    'a dbvoice group role': 'dbvoice_app_admin',
    'leading space': ' bob',
    'leading digit': '1bob',
    'not a string': { toString: () => 'bob' },
  }),
  ...inField('host', {
    'quote and clause': "%' OR 1=1 --",
    'trailing quote': "10.0.0.1'",
    backtick: 'host`',
    NUL: 'localhost\u0000',
    'trailing newline': '10.0.0.1\n',
    '61 characters': `${'a'.repeat(57)}.com`,
    space: 'exa mple.com',
    'underscore wildcard': '10.0.0._',
    'fullwidth localhost': '\uff4c\uff4f\uff43\uff41\uff4c\uff48\uff4f\uff53\uff54',
    'CIDR (not MariaDB)': '10.0.0.0/8',
  }),
  ...inField('db_name', {
    'backtick and statement': 'app`; DROP DATABASE mysql; --',
    quote: "app'",
    'percent wildcard': 'app%',
    'all tables': 'app.*',
    'system schema mysql': 'mysql',
    'system schema information_schema': 'INFORMATION_SCHEMA',
    'PostgreSQL template database': 'template1',
    'RDS admin database': 'rdsadmin',
    '65 characters': 'd'.repeat(65),
    NUL: 'app\u0000',
    space: 'app db',
    'Cyrillic a look-alike': '\u0430pp',
    'path traversal': '../etc',
  }),
  ...inField('role', {
    'quote and comment': "admin'; --",
    'raw privileges': 'ALL PRIVILEGES',
    'unknown role': 'superuser',
    'wrong case': 'Admin',
    'not a string': ['admin'],
  }),
  ...inField('action', {
    'unknown action': 'drop_database',
    'quoted action': "create_user'",
    'wrong case': 'CREATE_USER',
    'NUL suffix': 'create_user\u0000',
    'not a string': 7,
  }),
  ...inField('secret_name', {
    space: 'name with space',
    quote: "name'quote",
    '513 characters': `rds-${'s'.repeat(509)}`,
    'outside rds-*': 'team/app/bob',
    'JSON breaker': '"}',
  }),
  ...inField('rds_secret_name', {
    'JSON breaker': 'master"}',
    'ARN with a short account': 'arn:aws:secretsmanager:us-east-1:123:secret:x',
    newline: 'master\n',
  }),
  ...inField(
    'reassign_owned',
    {
      'quoted true': "'true'",
      yes: 'yes',
      'a number': 1,
      'SQL in it': 'true; DROP ROLE bob',
    },
    { ...BASE_EVENT, action: 'delete_user', role: undefined },
  ),
  {
    name: 'reassign_owned: on create_user',
    field: 'reassign_owned',
    event: { ...BASE_EVENT, reassign_owned: 'true' },
  },
  ...inField('reader_role_arns', {
    'IAM user, not role': ['arn:aws:iam::123456789012:user/bob'],
    wildcard: ['*'],
    'a string, not a list': 'arn:aws:iam::123456789012:role/x',
    'a number': [42],
    'quote in role name': ["arn:aws:iam::123456789012:role/x'"],
    '21 roles': Array.from({ length: 21 }, (_, i) => `arn:aws:iam::123456789012:role/r${i}`),
  }),
  { name: 'event: null', event: null },
  { name: 'event: a string', event: 'create_user bob' },
  { name: 'event: a list', event: [BASE_EVENT] },
  { name: 'event: empty object', event: {} },
  { name: 'event: unknown field password', event: { ...BASE_EVENT, password: 'chosen-by-caller' } },
  { name: 'event: __proto__ key', event: JSON.parse('{"action":"list_users","__proto__":{"admin":true}}') },
  { name: 'event: role on delete_user', event: { ...BASE_EVENT, action: 'delete_user' } },
  {
    name: 'event: reader roles on reset_password',
    event: {
      ...BASE_EVENT,
      action: 'reset_password',
      role: '',
      reader_role_arns: ['arn:aws:iam::123456789012:role/reader'],
    },
  },
  {
    name: 'event: secret_name on list_users',
    event: { ...BASE_EVENT, action: 'list_users', role: '', secret_name: 'x' },
  },
  { name: 'event: create_user without username', event: { ...BASE_EVENT, username: '' } },
  { name: 'event: update_grant without role', event: { ...BASE_EVENT, action: 'update_grant', role: '' } },
  { name: 'event: missing rds_secret_name', event: { ...BASE_EVENT, rds_secret_name: undefined } },
];

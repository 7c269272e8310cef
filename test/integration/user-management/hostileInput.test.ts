import { expect, it } from 'vitest';
import { asRoot, describeDb } from '../../helpers/mariadb.js';
import { HOSTILE_INPUTS } from '../../unit/user-management/hostileInputs.js';
import { createHarness, failureOf } from './support/harness.js';

/** Accounts and databases named after any corpus value (the base event's 'bob' and 'app' included). */
const traces = () =>
  asRoot(async (c) => {
    const names = HOSTILE_INPUTS.flatMap((input) => {
      const event = input.event as Record<string, unknown> | null;
      return [event?.username, event?.db_name].filter((v): v is string => typeof v === 'string');
    });
    const [accounts] = await c.query('SELECT User FROM mysql.user WHERE User IN (?)', [names]);
    const [databases] = await c.query(
      'SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN (?)',
      [names],
    );
    return [...(accounts as unknown[]), ...(databases as unknown[])];
  });

describeDb('Handler: hostile input against a real server (MariaDB)', () => {
  it('refuses the whole corpus through the real handler: no login, no statement, no Secrets Manager call', async () => {
    // Prepare
    const h = await createHarness();
    // Reserved names (root, mysql, information_schema) exist already; nothing may be added or removed.
    const before = await traces();

    // Act
    const failures = [];
    for (const input of HOSTILE_INPUTS) failures.push(await failureOf(h.handler(input.event)));

    // Assess
    expect(failures.every((failure) => failure.error === 'InvalidInput')).toBe(true);
    expect(h.recorder.logins).toEqual([]);
    expect(h.recorder.statements).toEqual([]);
    expect(h.secrets.calls).toEqual([]);
    expect(await traces()).toEqual(before);
  });
});

import { expect, it } from 'vitest';
import { HOSTILE_INPUTS } from '../../unit/user-management/hostileInputs.js';
import { ENGINES } from './support/engines.js';
import { createHarness, failureOf } from './support/harness.js';

/** Every account or database name in the corpus (the base event's 'bob' and 'app' included). */
const names = HOSTILE_INPUTS.flatMap((input) => {
  const event = input.event as Record<string, unknown> | null;
  return [event?.username, event?.db_name].filter((v): v is string => typeof v === 'string');
});

for (const engine of ENGINES) {
  engine.describe(`Handler: hostile input against a real server (${engine.name})`, () => {
    it('refuses the whole corpus through the real handler: no login, no statement, no Secrets Manager call', async () => {
      // Prepare
      const h = await createHarness({ master: engine.master });
      // Reserved names (root, postgres, information_schema) exist already; nothing may be added or removed.
      const before = await engine.traces(names);

      // Act
      const failures = [];
      for (const input of HOSTILE_INPUTS) failures.push(await failureOf(h.handler(input.event)));

      // Assess
      expect(failures.every((failure) => failure.error === 'InvalidInput')).toBe(true);
      expect(h.recorder.logins).toEqual([]);
      expect(h.recorder.statements).toEqual([]);
      expect(h.secrets.calls).toEqual([]);
      expect(await engine.traces(names)).toEqual(before);
    });
  });
}

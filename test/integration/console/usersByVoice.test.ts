import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { LocalStack } from '../../../src/local/console/startLocalStack.js';
import { type ControlClient, createControlClient } from '../../../src/local/emulator/controlClient.js';
import { describePg, pgPasswordMatches, pgRoleExists, pgRoleOf, psql } from '../../helpers/postgres.js';
import { countCalls, spokenCode, startTestStack } from './startTestStack.js';

/** The demo fleet's dev-reporting-01 is the local PostgreSQL; its database is `postgres`. */
const DATABASE = 'postgres';
const USER = 'alice';
const SECRET = `rds-${DATABASE}-${USER}-secret`;

/** Leaves the local server as it was: the login and the group role user management made for it. */
async function dropAlice(): Promise<void> {
  await psql(`DROP ROLE IF EXISTS ${USER}`);
  const group = `dbvoice_${DATABASE}_readonly`;
  if (await pgRoleExists(group)) await psql(`DROP OWNED BY ${group}; DROP ROLE ${group}`, DATABASE);
}

describePg(
  'Console: database users by voice, end to end on the local PostgreSQL (bundled skill, demo fleet)',
  () => {
    let stack: LocalStack;
    let control: ControlClient;
    let secrets: SecretsManagerClient;

    beforeAll(async () => {
      await dropAlice();
      stack = await startTestStack();
      control = createControlClient(stack.emulator.url);
      secrets = new SecretsManagerClient({
        endpoint: stack.emulator.url,
        region: 'us-west-2',
        credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
      });
    });

    beforeEach(async () => {
      await stack.reset();
      await dropAlice();
    });

    afterAll(async () => {
      await stack?.close();
      await dropAlice();
    });

    it('creates a working read-only login after the MFA code and a yes, and lists it without a code', async () => {
      // Prepare
      const session = stack.newSession();

      // Act
      const askCode = await session.say('create a read-only user for alice on the dev reporting database');
      const confirm = await session.say(spokenCode(stack));
      const done = await session.say('yes');
      const listed = await stack.newSession().say('what users does the dev reporting database have');

      // Assess: the conversation
      expect(askCode.speech).toMatch(/code/i);
      expect(confirm.speech).toBe(
        'Create a read-only user alice on the postgres database of reporting-dev in Oregon?',
      );
      expect(countCalls(confirm.calls, 'StartAutomationExecution')).toBe(0);
      expect(done.speech).toBe(
        `Done: alice is a read-only user on the postgres database of reporting-dev in Oregon. The password is in the secret ${SECRET}.`,
      );
      expect(countCalls(done.calls, 'GetSessionToken')).toBe(1);
      expect(countCalls(done.calls, 'StartAutomationExecution')).toBe(1);
      expect(listed.speech).toBe(
        'The postgres database of reporting-dev in Oregon has one user created by database fleet: alice (read-only).',
      );
      expect(countCalls(listed.calls, 'GetSessionToken')).toBe(0);

      // Assess: a real login, its password only in the emulator's Secrets Manager
      const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: SECRET }));
      const stored = JSON.parse(SecretString ?? '{}') as { username: string; password: string; host: string };
      expect(stored.username).toBe(USER);
      // The local server trusts every login, so the proof is the verifier: it accepts this password only.
      expect(await pgPasswordMatches(USER, stored.password)).toBe(true);
      expect(await pgRoleOf(USER, DATABASE)).toBe('readonly');
      const client = new pg.Client({
        host: stored.host,
        port: 5432,
        user: USER,
        password: stored.password,
        database: DATABASE,
      });
      await client.connect();
      try {
        const { rows } = await client.query('SELECT current_user AS who');
        expect(rows[0]?.who).toBe(USER);
      } finally {
        await client.end();
      }
      const said = [done, listed].map((turn) => `${turn.speech} ${JSON.stringify(turn.card)}`).join(' ');
      expect(said).not.toContain(stored.password);
      const mails = (await control.published()).map((mail) => mail.message).join('\n');
      expect(mails).toMatch(/ended: Success/);
      expect(mails).not.toContain(stored.password);
    });

    it('starts once when the start is applied but its reply is lost: the retry carries the same ClientToken', async () => {
      // Prepare: the first StartAutomationExecution runs, then its connection drops before the answer
      await control.addFault({
        service: 'ssm',
        operation: 'StartAutomationExecution',
        afterApply: true,
        times: 1,
      });
      const session = stack.newSession();
      await session.say('create a read-only user for alice on the dev reporting database');
      await session.say(spokenCode(stack));

      // Act
      const done = await session.say('yes');

      // Assess
      expect(done.speech).toMatch(/^Done: alice is a read-only user/);
      expect(countCalls(done.calls, 'StartAutomationExecution')).toBeGreaterThanOrEqual(2);
      const executions = [...stack.emulator.state.regions.values()].flatMap((region) => [
        ...region.automations.values(),
      ]);
      expect(executions).toHaveLength(1);
      expect(await pgRoleOf(USER, DATABASE)).toBe('readonly');
    });

    it('refuses a name user management would refuse, before any code is asked for', async () => {
      const turn = await stack.newSession().say('remove root from the dev reporting database');

      expect(turn.speech).toBe(
        "root is a name the database or R. D. S. keeps for itself, so I won't use it. Nothing was changed.",
      );
      expect(countCalls(turn.calls, 'StartAutomationExecution')).toBe(0);
    });
  },
);

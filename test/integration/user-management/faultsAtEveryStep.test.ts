import { describe, expect, it } from 'vitest';
import type { Operation } from './support/EmulatedSecrets.js';
import { ENGINES, type EngineDatabase, type EngineUnderTest } from './support/engines.js';
import { createHarness, type Harness, MASTER_SECRET_NAME } from './support/harness.js';

/**
 * For create_user, reset_password, update_grant and delete_user: a clean run lists every Secrets Manager
 * call and every database login and statement; then each one in turn fails (before it takes effect), and
 * each one takes effect and loses its reply (the emulator drops the connection after applying the call;
 * the statement runs and the connection is lost). After every run:
 * - a success-shaped result means the action's whole effect is there;
 * - a failure leaves the state as it was, or names exactly what is left (RollbackIncomplete,
 *   PasswordResetIncomplete);
 * - the password in AWSCURRENT logs in to the real server, or the failure says it may not;
 * - no AWSPENDING is left after a successful reset.
 * The same suite runs on MariaDB and on PostgreSQL (see support/engines.ts for how each reads the truth).
 */

type Outcome =
  | { readonly ok: true; readonly result: Record<string, unknown> }
  | {
      readonly ok: false;
      readonly error: string;
      readonly message: string;
      readonly details: Record<string, unknown>;
    };

type Mode =
  | 'fails'
  | 'is applied and its reply is lost'
  | 'is applied, its reply lost and the SDK resends it';
const LOST: Mode = 'is applied and its reply is lost';
/** With the Lambda's own three attempts: the SDK sends a call again whose reply it never got. */
const RESENT: Mode = 'is applied, its reply lost and the SDK resends it';
const MODES: readonly Mode[] = ['fails', LOST, RESENT];

/** Which steps a mode applies to: reads and logins have no effect to lose, the database has no SDK to resend. */
const appliesTo = (mode: Mode, step: Step) =>
  mode === 'fails' || (step.canApply && (mode === LOST || step.list === 'secrets'));

interface Step {
  readonly label: string;
  /** What the step is, without its position: where two runs part ways. */
  readonly key: string;
  readonly list: 'secrets' | 'database';
  /** Its position among the run's Secrets Manager calls, or among its logins and statements. */
  readonly index: number;
  /** A login or a read has no effect to lose. */
  readonly canApply: boolean;
  inject(h: Harness, mode: Mode, statementOffset: number): Promise<void>;
}

interface Fault {
  readonly step: Step;
  readonly mode: Mode;
}

interface ActionUnderTest {
  readonly action: 'create_user' | 'reset_password' | 'update_grant' | 'delete_user';
  prepare(h: Harness, username: string): Promise<void>;
  event(username: string): Record<string, unknown>;
  /** What is wrong after the run; empty when every guarantee holds. */
  check(h: Harness, username: string, outcome: Outcome): Promise<string[]>;
}

const REPORTS_LEFTOVERS = ['RollbackIncomplete', 'PasswordResetIncomplete'];

function actionsFor(engine: EngineUnderTest, db: EngineDatabase): ActionUnderTest[] {
  const canLogIn = (user: string, password: string | undefined) => engine.passwordWorks(user, password);
  const roleOf = (username: string) => engine.roleOf(username, db.name);
  const accountExists = (username: string) => engine.accountExists(username);
  const secretOf = (username: string) => `rds-${db.name}-${username}-secret`;
  const base = (action: string, username: string) => ({
    action,
    db_name: db.name,
    username,
    rds_secret_name: MASTER_SECRET_NAME,
  });
  const createFirst = async (h: Harness, username: string) => {
    await h.handler({ ...base('create_user', username), role: 'readonly' });
  };
  /** The secret's AWSCURRENT password logs in, unless the failure says it may not. */
  const passwordKept = async (h: Harness, username: string, outcome: Outcome) => {
    const current = await h.secrets.passwordAt(secretOf(username));
    if (await canLogIn(username, current)) return [];
    if (
      !outcome.ok &&
      REPORTS_LEFTOVERS.includes(outcome.error) &&
      outcome.message.includes(secretOf(username))
    )
      return [];
    return ['the password in AWSCURRENT does not log in and nothing says so'];
  };
  return [
    {
      action: 'create_user',
      prepare: async () => undefined,
      event: (username) => ({
        ...base('create_user', username),
        role: 'readwrite',
        reader_role_arns: ['arn:aws:iam::444455556666:role/reader'],
      }),
      check: async (h, username, outcome) => {
        const problems: string[] = [];
        const account = await accountExists(username);
        const secret = await h.secrets.describe(secretOf(username));
        if (outcome.ok) {
          if (!account) problems.push('success, but no account');
          if (!secret || secret.deletedDate) problems.push('success, but no live secret');
          if (secret && Object.keys(secret.versions).length !== 1)
            problems.push('more than one secret version');
          if ((await roleOf(username)) !== 'readwrite') problems.push('success, but the role is not granted');
          problems.push(...(await passwordKept(h, username, outcome)));
          return problems;
        }
        if (outcome.error === 'RollbackIncomplete') {
          const leftovers = String(outcome.details.leftovers ?? '');
          if (account && !leftovers.includes('DROP USER')) problems.push('an account left and not named');
          if (secret && !leftovers.includes('delete secret')) problems.push('a secret left and not named');
          return problems;
        }
        if (account) problems.push(`failed (${outcome.error}) but left the account`);
        if (secret) problems.push(`failed (${outcome.error}) but left the secret`);
        return problems;
      },
    },
    {
      action: 'reset_password',
      prepare: createFirst,
      event: (username) => base('reset_password', username),
      check: async (h, username, outcome) => {
        const problems: string[] = [];
        const [first, second] = h.passwords;
        const current = await h.secrets.passwordAt(secretOf(username));
        const pending = await h.secrets.valueAt(secretOf(username), 'AWSPENDING');
        problems.push(...(await passwordKept(h, username, outcome)));
        if (outcome.ok) {
          if (current !== second) problems.push('success, but AWSCURRENT does not hold the new password');
          if (await canLogIn(username, first)) problems.push('success, but the old password still logs in');
          if (pending !== undefined) problems.push('success, but AWSPENDING is left');
          return problems;
        }
        if (REPORTS_LEFTOVERS.includes(outcome.error)) {
          if (!outcome.message.includes(secretOf(username)))
            problems.push('a leftover report without the secret');
          return problems;
        }
        if (current !== first) problems.push(`failed (${outcome.error}) but AWSCURRENT changed`);
        if (await canLogIn(username, second))
          problems.push(`failed (${outcome.error}) but the new password works`);
        if (pending !== undefined) problems.push(`failed (${outcome.error}) and left AWSPENDING`);
        return problems;
      },
    },
    {
      action: 'update_grant',
      prepare: createFirst,
      event: (username) => ({ ...base('update_grant', username), role: 'readwrite' }),
      check: async (h, username, outcome) => {
        const problems = await passwordKept(h, username, outcome);
        const role = await roleOf(username);
        if (outcome.ok && role !== 'readwrite') problems.push(`success, but the role is ${role}`);
        if (!outcome.ok && outcome.error !== 'RollbackIncomplete' && role !== 'readonly') {
          problems.push(`failed (${outcome.error}) but the role is ${role}`);
        }
        return problems;
      },
    },
    {
      action: 'delete_user',
      prepare: createFirst,
      event: (username) => base('delete_user', username),
      check: async (h, username, outcome) => {
        const problems: string[] = [];
        const account = await accountExists(username);
        const secret = await h.secrets.describe(secretOf(username));
        if (outcome.ok) {
          if (account) problems.push('success, but the account is there');
          if (!secret?.deletedDate) problems.push('success, but the secret is not scheduled for deletion');
          return problems;
        }
        if (outcome.error === 'RollbackIncomplete') {
          if (!Array.isArray(outcome.details.leftovers) || outcome.details.leftovers.length === 0)
            problems.push('RollbackIncomplete without leftovers');
          return problems;
        }
        if (!account) problems.push(`failed (${outcome.error}) but the account is gone`);
        if (!secret || secret.deletedDate)
          problems.push(`failed (${outcome.error}) but the secret is not live`);
        problems.push(...(await passwordKept(h, username, outcome)));
        return problems;
      },
    },
  ];
}

async function invoke(h: Harness, event: Record<string, unknown>): Promise<Outcome> {
  try {
    return { ok: true, result: (await h.handler(event)) as Record<string, unknown> };
  } catch (thrown) {
    const failure = JSON.parse((thrown as Error).message) as {
      error: string;
      message: string;
      details?: Record<string, unknown>;
    };
    return { ok: false, error: failure.error, message: failure.message, details: failure.details ?? {} };
  }
}

/** Runs the action once after the injections; returns what it did and what is wrong afterwards. */
async function scenario(
  engine: EngineUnderTest,
  db: EngineDatabase,
  action: ActionUnderTest,
  faults: readonly Fault[],
) {
  const h = await createHarness({
    master: engine.master,
    config: { rotationLambdaArn: 'arn:aws:lambda:us-east-1:1:function:rotate' },
    maxAttempts: faults.some((fault) => fault.mode === RESENT) ? 3 : 1,
  });
  const username = db.newUser('m');
  await action.prepare(h, username);
  const statementOffset = h.recorder.steps.length;
  const callOffset = h.secrets.calls.length;
  for (const fault of faults) await fault.step.inject(h, fault.mode, statementOffset);
  const outcome = await invoke(h, action.event(username));
  const problems = await action.check(h, username, outcome);
  const unfired = (await h.secrets.control.faults()).filter((rule) => rule.applied === 0).length;
  h.secrets.destroy();
  return {
    username,
    outcome,
    problems,
    injectedFaultsFired: unfired === 0 && h.recorder.unusedFaults === 0,
    calls: h.secrets.calls.slice(callOffset),
    statements: h.recorder.steps.slice(statementOffset),
  };
}

type Run = Awaited<ReturnType<typeof scenario>>;

/** Every step a run took, each able to fail or to lose its reply. */
function stepsOf(engine: EngineUnderTest, run: Run): Step[] {
  const seen: Partial<Record<Operation, number>> = {};
  const secretSteps: Step[] = run.calls.map((call, index) => {
    const skip = seen[call.operation] ?? 0;
    seen[call.operation] = skip + 1;
    const stage = typeof call.input.VersionStage === 'string' ? ` ${call.input.VersionStage}` : '';
    return {
      label: `Secrets Manager ${call.operation}${stage} #${skip + 1}`,
      key: `${call.operation}${stage}`,
      list: 'secrets',
      index,
      canApply: !/^(Describe|Get|List)/.test(call.operation),
      inject: (h, mode) =>
        h.secrets.fail(
          call.operation,
          mode === 'fails' ? { skip, error: 'internal' } : { skip, afterApply: true },
        ),
    };
  });
  const databaseSteps: Step[] = run.statements.map((step, index) => ({
    label: `${engine.name} ${step.kind === 'login' ? `login as ${step.user === engine.masterUser ? 'master' : 'the account'}` : step.sql} (#${index + 1})`,
    key: `${step.kind} ${step.user === engine.masterUser ? 'master' : 'account'} ${sameInEveryRun(step.sql, run.username)}`,
    list: 'database',
    index,
    canApply: step.kind === 'statement' && !/^(SELECT|SHOW)\b/.test(step.sql),
    inject: async (h, mode, statementOffset) => {
      h.recorder.failStep(statementOffset + index, { afterRun: mode !== 'fails' });
    },
  }));
  return [...secretSteps, ...databaseSteps];
}

/**
 * A statement as every run sends it: PostgreSQL statements carry the account's name (each run has its own)
 * and a SCRAM verifier (a fresh salt each time) in their text, MySQL's only in placeholders.
 */
function sameInEveryRun(sql: string, username: string): string {
  return sql
    .split(username)
    .join('<account>')
    .replace(/SCRAM-SHA-256\$[^']*/g, '<verifier>');
}

/** The steps of `faulted` that a clean run never took at that point: the recovery from the first fault. */
function recoveryOf(clean: Step[], faulted: Step[], first: Step): Step[] {
  const prefix = (list: Step['list']) => {
    const a = clean.filter((s) => s.list === list);
    const b = faulted.filter((s) => s.list === list);
    let n = 0;
    while (n < a.length && n < b.length && a[n]!.key === b[n]!.key) n += 1;
    return n;
  };
  const common = { secrets: prefix('secrets'), database: prefix('database') };
  return faulted.filter(
    (s) => s.index >= common[s.list] && !(s.list === first.list && s.index === first.index),
  );
}

for (const engine of ENGINES) {
  engine.describe(
    `Faults at every step: nothing lost, nothing left unsaid (${engine.name} + emulator)`,
    () => {
      const db = engine.useThrowawayDatabase('dbv_every');

      for (const name of ['create_user', 'reset_password', 'update_grant', 'delete_user'] as const) {
        describe(`Action: ${name}`, () => {
          const action = () => actionsFor(engine, db).find((a) => a.action === name)!;
          const cleanSteps = async () => {
            // PostgreSQL's first grant on a database also creates its group role (in the same statement);
            // a warm-up run makes the clean run send what every later run sends.
            await scenario(engine, db, action(), []);
            const clean = await scenario(engine, db, action(), []);
            expect(clean.outcome.ok, JSON.stringify(clean.outcome)).toBe(true);
            return stepsOf(engine, clean);
          };

          // update_grant makes no Secrets Manager write for the SDK to resend.
          for (const mode of name === 'update_grant' ? MODES.filter((m) => m !== RESENT) : MODES) {
            it(`keeps every guarantee when any one step ${mode}`, { timeout: 180_000 }, async () => {
              // Prepare
              const steps = (await cleanSteps()).filter((step) => appliesTo(mode, step));

              // Act
              const report: string[] = [];
              for (const step of steps) {
                const run = await scenario(engine, db, action(), [{ step, mode }]);
                if (!run.injectedFaultsFired) report.push(`${step.label}: the fault never fired`);
                for (const problem of run.problems) report.push(`${step.label}: ${problem}`);
              }

              // Assess
              expect(steps.length).toBeGreaterThan(0);
              expect(report).toEqual([]);
            });
          }

          it('keeps every guarantee when a step of the recovery from the first fault fails too', {
            timeout: 600_000,
          }, async () => {
            // Prepare
            const clean = await cleanSteps();
            const firsts = [
              ...clean.map((step) => ({ step, mode: 'fails' as Mode })),
              ...clean.filter((step) => appliesTo(LOST, step)).map((step) => ({ step, mode: LOST })),
            ];

            // Act
            const report: string[] = [];
            let pairs = 0;
            for (const first of firsts) {
              const faulted = await scenario(engine, db, action(), [first]);
              for (const second of recoveryOf(clean, stepsOf(engine, faulted), first.step)) {
                pairs += 1;
                const run = await scenario(engine, db, action(), [first, { step: second, mode: 'fails' }]);
                const label = `${first.step.label} ${first.mode}, then ${second.label} fails`;
                if (!run.injectedFaultsFired) report.push(`${label}: a fault never fired`);
                for (const problem of run.problems) report.push(`${label}: ${problem}`);
              }
            }

            // Assess
            expect(pairs).toBeGreaterThan(0);
            expect(report).toEqual([]);
          });
        });
      }
    },
  );
}

import { beforeEach, expect, it } from 'vitest';
import { accountExists, describeDb, loginAs, useThrowawayDatabase } from '../../helpers/mariadb.js';
import { createHarness, failureOf, type Harness, MASTER_SECRET_NAME } from './support/harness.js';

/**
 * A failure at each step of create_user leaves nothing behind: no account without a secret, no secret
 * without an account, and the name free for a retry.
 */
describeDb('Action: create_user, faults (MariaDB)', () => {
  const db = useThrowawayDatabase('dbv_cfault');
  let h: Harness;
  let username: string;
  let secretName: string;

  beforeEach(async () => {
    h = await createHarness({
      config: { rotationLambdaArn: 'arn:aws:lambda:us-east-1:1:function:rotate' },
    });
    username = db.newUser('f');
    secretName = `rds-${db.name}-${username}-secret`;
  });

  const create = () =>
    h.handler({
      action: 'create_user',
      db_name: db.name,
      username,
      role: 'readwrite',
      reader_role_arns: ['arn:aws:iam::444455556666:role/reader'],
      rds_secret_name: MASTER_SECRET_NAME,
    });

  const assertNothingLeft = async () => {
    expect(await accountExists(username, '%')).toBe(false);
    expect(await h.secrets.exists(secretName)).toBe(false);
  };

  it('drops the account when GRANT fails', async () => {
    // Prepare
    h.recorder.failStatement(/^GRANT /);

    // Act
    const failure = await failureOf(create());

    // Assess
    expect(failure.error).toBe('DatabaseFailure');
    await assertNothingLeft();
    expect(h.secrets.operations()).not.toContain('CreateSecret');
  });

  it('drops the account when CREATE USER times out after it ran', async () => {
    // Prepare
    h.recorder.failStatement(/^CREATE USER/, { afterRun: true });

    // Act
    const failure = await failureOf(create());

    // Assess
    expect(failure.error).toBe('DatabaseFailure');
    await assertNothingLeft();
  });

  it('undoes over a fresh connection when the failure broke the first one', async () => {
    // Prepare
    h.recorder.failStatement(/^GRANT /, { fatal: true });

    // Act
    await failureOf(create());

    // Assess
    await assertNothingLeft();
    expect(h.recorder.logins.map((login) => login.user)).toEqual(['root', 'root']);
    expect(h.recorder.statements.at(-1)?.sql).toBe('DROP USER IF EXISTS ?@?');
  });

  it('drops the account when CreateSecret fails', async () => {
    // Prepare
    await h.secrets.fail('CreateSecret', {
      error: { code: 'AccessDeniedException', message: 'not allowed' },
    });

    // Act
    const failure = await failureOf(create());

    // Assess
    expect(failure).toMatchObject({
      error: 'SecretsManagerFailure',
      details: { awsError: 'AccessDeniedException' },
    });
    await assertNothingLeft();
  });

  it('goes on with the secret a CreateSecret whose reply was lost made: one version, and it logs in', async () => {
    // Prepare
    await h.secrets.fail('CreateSecret', { afterApply: true });

    // Act
    const result = await create();

    // Assess
    expect(result).toMatchObject({ status: 'created', secret_name: secretName });
    const secret = await h.secrets.describe(secretName);
    expect(Object.values(secret?.versions ?? {})).toEqual([['AWSCURRENT']]);
    expect(await loginAs(username, (await h.secrets.passwordAt(secretName)) ?? '')).toBe(`${username}@%`);
    expect(h.secrets.operations()).not.toContain('DeleteSecret');
  });

  it("ends in one secret version when the SDK's own retry resends a CreateSecret whose reply was lost", async () => {
    // Prepare: three attempts, as the Lambda's client makes
    h = await createHarness({ maxAttempts: 3 });
    await h.secrets.fail('CreateSecret', { afterApply: true, error: 'internal' });
    const creates = () => h.secrets.control.count('secretsmanager', 'CreateSecret');
    const before = await creates();

    // Act
    const result = await create();

    // Assess
    expect(result).toMatchObject({ status: 'created' });
    expect((await creates()) - before).toBe(2);
    expect(Object.keys((await h.secrets.describe(secretName))?.versions ?? {})).toHaveLength(1);
    expect(await loginAs(username, (await h.secrets.passwordAt(secretName)) ?? '')).toBe(`${username}@%`);
  });

  it('removes the secret and the account when PutResourcePolicy fails', async () => {
    // Prepare
    await h.secrets.fail('PutResourcePolicy', {
      error: { code: 'MalformedPolicyDocumentException', message: 'principal does not exist' },
    });

    // Act
    const failure = await failureOf(create());

    // Assess
    expect(failure.details).toMatchObject({ operation: 'PutResourcePolicy' });
    await assertNothingLeft();
  });

  it('removes the secret and the account when RotateSecret fails', async () => {
    // Prepare
    await h.secrets.fail('RotateSecret');

    // Act
    await failureOf(create());

    // Assess
    await assertNothingLeft();
  });

  it('leaves the name free: the same request succeeds once the fault is gone', async () => {
    // Prepare
    await h.secrets.fail('RotateSecret');
    await failureOf(create());

    // Act
    const result = await create();

    // Assess
    expect(result).toMatchObject({ status: 'created', username });
    expect(await accountExists(username, '%')).toBe(true);
  });

  it('names what is left behind when an undo step fails too', async () => {
    // Prepare
    await h.secrets.fail('CreateSecret');
    h.recorder.failStatement(/^DROP USER/);

    // Act
    const failure = await failureOf(create());

    // Assess
    expect(failure).toMatchObject({
      name: 'RollbackFailedError',
      error: 'RollbackIncomplete',
      details: { leftovers: [`DROP USER '${username}'@'%'`], originalCode: 'SecretsManagerFailure' },
    });
    expect(await accountExists(username, '%')).toBe(true);
  });
});

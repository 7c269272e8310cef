import { beforeEach, expect, it } from 'vitest';
import { accountExists, asRoot, describeDb, useThrowawayDatabase } from '../../helpers/mariadb.js';
import { createHarness, failureOf, type Harness, MASTER_SECRET_NAME } from './support/harness.js';

describeDb('Action: delete_user (MariaDB)', () => {
  const db = useThrowawayDatabase('dbv_delete');
  let h: Harness;
  let username: string;
  let secretName: string;

  beforeEach(async () => {
    h = await createHarness({ config: { recoveryWindowDays: 10 } });
    username = db.newUser('d');
    secretName = `rds-${db.name}-${username}-secret`;
    await h.handler({
      action: 'create_user',
      db_name: db.name,
      username,
      role: 'readwrite',
      rds_secret_name: MASTER_SECRET_NAME,
    });
  });

  const remove = (extra: Record<string, unknown> = {}) =>
    h.handler({
      action: 'delete_user',
      db_name: db.name,
      username,
      rds_secret_name: MASTER_SECRET_NAME,
      ...extra,
    });

  it('drops the account and schedules the secret for deletion with a recovery window', async () => {
    // Act
    const result = await remove();

    // Assess
    expect(await accountExists(username, '%')).toBe(false);
    const secret = await h.secrets.describe(secretName);
    expect(secret?.deletedDate).toBeInstanceOf(Date);
    const deleteCall = h.secrets.calls.find((c) => c.operation === 'DeleteSecret');
    expect(deleteCall?.input).toMatchObject({ RecoveryWindowInDays: 10 });
    expect(deleteCall?.input.ForceDeleteWithoutRecovery).toBeUndefined();
    expect(result).toMatchObject({ status: 'deleted', account_dropped: true, secret_name: secretName });
  });

  it('restores the secret when DROP USER fails, so account and secret still agree', async () => {
    // Prepare
    h.recorder.failStatement(/^DROP USER/);

    // Act
    const failure = await failureOf(remove());

    // Assess
    expect(failure.error).toBe('DatabaseFailure');
    expect(await accountExists(username, '%')).toBe(true);
    expect((await h.secrets.describe(secretName))?.deletedDate).toBeUndefined();
  });

  it('drops nothing when scheduling the secret deletion fails', async () => {
    // Prepare
    await h.secrets.fail('DeleteSecret');

    // Act
    await failureOf(remove());

    // Assess
    expect(await accountExists(username, '%')).toBe(true);
    expect((await h.secrets.describe(secretName))?.deletedDate).toBeUndefined();
  });

  it('finishes when DeleteSecret took effect but its reply was lost', async () => {
    // Prepare
    await h.secrets.fail('DeleteSecret', { afterApply: true });

    // Act
    const result = await remove();

    // Assess
    expect(result).toMatchObject({ status: 'deleted', account_dropped: true });
    expect(await accountExists(username, '%')).toBe(false);
    expect((await h.secrets.describe(secretName))?.deletedDate).toBeInstanceOf(Date);
  });

  it('finishes when DROP USER ran but its reply was lost, without restoring the secret', async () => {
    // Prepare
    h.recorder.failStatement(/^DROP USER/, { afterRun: true });

    // Act
    const result = await remove();

    // Assess
    expect(result).toMatchObject({ status: 'deleted', account_dropped: true });
    expect(await accountExists(username, '%')).toBe(false);
    expect((await h.secrets.describe(secretName))?.deletedDate).toBeInstanceOf(Date);
    expect(h.secrets.operations()).not.toContain('RestoreSecret');
  });

  it("restores the secret and names the account when DROP USER's outcome cannot be read, and a rerun finishes", async () => {
    // Prepare: DROP USER runs and loses its reply; the look-up that would tell fails too
    h.recorder.failStatement(/^DROP USER/, { afterRun: true });
    h.secrets.beforeCall('DeleteSecret', async () => h.recorder.failStatement(/FROM mysql\.user/));

    // Act
    const failure = await failureOf(remove());
    const rerun = await remove();

    // Assess
    expect(failure).toMatchObject({ error: 'RollbackIncomplete' });
    expect(String(failure.details?.leftovers)).toContain(
      `'${username}'@'%' may or may not have been dropped`,
    );
    expect(rerun).toMatchObject({ status: 'deleted', account_dropped: false });
    expect(await accountExists(username, '%')).toBe(false);
    expect((await h.secrets.describe(secretName))?.deletedDate).toBeInstanceOf(Date);
  });

  it('names the secret to restore when DROP USER fails and RestoreSecret fails too', async () => {
    // Prepare
    h.recorder.failStatement(/^DROP USER/);
    await h.secrets.fail('RestoreSecret');

    // Act
    const failure = await failureOf(remove());

    // Assess
    expect(failure).toMatchObject({
      error: 'RollbackIncomplete',
      details: { originalCode: 'DatabaseFailure' },
    });
    expect(failure.details?.leftovers).toEqual([
      `restore secret ${secretName} (RestoreSecret), which is scheduled for deletion`,
    ]);
    expect(await accountExists(username, '%')).toBe(true);
    expect((await h.secrets.describe(secretName))?.deletedDate).toBeInstanceOf(Date);
  });

  it('restores the secret when RestoreSecret ran but its reply was lost, and reports nothing left', async () => {
    // Prepare
    h.recorder.failStatement(/^DROP USER/);
    await h.secrets.fail('RestoreSecret', { afterApply: true });

    // Act
    const failure = await failureOf(remove());

    // Assess
    expect(failure.error).toBe('DatabaseFailure');
    expect(await accountExists(username, '%')).toBe(true);
    expect((await h.secrets.describe(secretName))?.deletedDate).toBeUndefined();
  });

  it('finishes a deletion whose account is already gone, then reports the account missing', async () => {
    // Prepare
    await asRoot((c) => c.query('DROP USER ?@?', [username, '%']));

    // Act
    const first = await remove();
    const second = await failureOf(remove());

    // Assess
    expect(first).toMatchObject({ status: 'deleted', account_dropped: false });
    expect((await h.secrets.describe(secretName))?.deletedDate).toBeInstanceOf(Date);
    expect(second.error).toBe('UserNotFound');
  });

  it('refuses an account whose secret lacks the created_by tag, and one with no secret at all', async () => {
    // Prepare
    await h.secrets.untag(secretName, ['created_by']);
    const writesBefore = h.recorder.writes().length;

    // Act
    const untagged = await failureOf(remove());
    const noSecret = await failureOf(remove({ secret_name: 'rds-someone-elses-secret' }));

    // Assess
    expect(untagged).toMatchObject({ error: 'NotManagedByDbvoice' });
    expect(untagged.message).toMatch(/not created by dbvoice/);
    expect(noSecret.error).toBe('NotManagedByDbvoice');
    expect(h.recorder.writes()).toHaveLength(writesBefore);
    expect(await accountExists(username, '%')).toBe(true);
    expect(h.secrets.operations()).not.toContain('DeleteSecret');
  });

  it("refuses a dbvoice secret that belongs to another account (naming someone else's secret)", async () => {
    // Prepare: a second managed account whose secret is named in a request for the first
    const other = db.newUser('o');
    await h.handler({
      action: 'create_user',
      db_name: db.name,
      username: other,
      role: 'readonly',
      rds_secret_name: MASTER_SECRET_NAME,
    });

    // Act
    const failure = await failureOf(remove({ secret_name: `rds-${db.name}-${other}-secret` }));

    // Assess
    expect(failure.error).toBe('NotManagedByDbvoice');
    expect(await accountExists(username, '%')).toBe(true);
    expect(await accountExists(other, '%')).toBe(true);
  });

  it('refuses reassign_owned, which only PostgreSQL roles need, and changes nothing', async () => {
    // Act
    const failure = await failureOf(remove({ reassign_owned: 'true' }));

    // Assess
    expect(failure.error).toBe('InvalidInput');
    expect(failure.message).toMatch(/reassign_owned.*PostgreSQL/);
    expect(await accountExists(username, '%')).toBe(true);
    expect((await h.secrets.describe(secretName))?.deletedDate).toBeUndefined();
  });
});

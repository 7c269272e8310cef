import { beforeEach, expect, it } from 'vitest';
import { describeDb, loginAs, showGrants, useThrowawayDatabase } from '../../helpers/mariadb.js';
import { createHarness, failureOf, type Harness, MASTER_SECRET_NAME } from './support/harness.js';

const canLogIn = (user: string, password: string) =>
  loginAs(user, password).then(
    () => true,
    () => false,
  );

describeDb('Action: reset_password (MariaDB)', () => {
  const db = useThrowawayDatabase('dbv_reset');
  let h: Harness;
  let username: string;
  let secretName: string;
  let oldPassword: string;

  beforeEach(async () => {
    h = await createHarness();
    username = db.newUser('r');
    secretName = `rds-${db.name}-${username}-secret`;
    await h.handler({
      action: 'create_user',
      db_name: db.name,
      username,
      role: 'readonly',
      rds_secret_name: MASTER_SECRET_NAME,
    });
    oldPassword = h.passwords[0]!;
  });

  const reset = () =>
    h.handler({ action: 'reset_password', db_name: db.name, username, rds_secret_name: MASTER_SECRET_NAME });
  const current = () => h.secrets.passwordAt(secretName);

  /** The secret names a password the server accepts, and nothing is left pending. */
  const assertConsistent = async (expected: string) => {
    expect(await current()).toBe(expected);
    expect(await canLogIn(username, expected)).toBe(true);
    expect(await h.secrets.valueAt(secretName, 'AWSPENDING')).toBeUndefined();
  };

  it('stores a new password, promotes it, and retires the old one', async () => {
    // Prepare
    const grantsBefore = await showGrants(username, '%');

    // Act
    const result = await reset();

    // Assess
    const newPassword = h.passwords[1]!;
    expect(newPassword).not.toBe(oldPassword);
    await assertConsistent(newPassword);
    expect(await canLogIn(username, oldPassword)).toBe(false);
    expect(result).toMatchObject({ status: 'reset', old_password_kept_until_promotion: true });
    expect(await h.secrets.passwordAt(secretName, 'AWSPREVIOUS')).toBe(oldPassword);
    expect((await showGrants(username, '%')).filter((l) => !l.startsWith('GRANT USAGE'))).toEqual(
      grantsBefore.filter((l) => !l.startsWith('GRANT USAGE')),
    );
  });

  it('keeps the old password working until the new one is promoted', async () => {
    // Prepare
    const seen: Record<string, boolean> = {};
    h.secrets.beforeCall('UpdateSecretVersionStage', async (input) => {
      if (input.VersionStage !== 'AWSCURRENT') return;
      seen.oldBeforePromotion = await canLogIn(username, oldPassword);
      seen.newBeforePromotion = await canLogIn(username, h.passwords[1]!);
      seen.pendingStored = (await h.secrets.passwordAt(secretName, 'AWSPENDING')) === h.passwords[1];
      seen.currentStillOld = (await current()) === oldPassword;
    });

    // Act
    await reset();

    // Assess
    expect(seen).toEqual({
      oldBeforePromotion: true,
      newBeforePromotion: true,
      pendingStored: true,
      currentStillOld: true,
    });
    expect(await canLogIn(username, oldPassword)).toBe(false);
  });

  it('changes nothing when storing AWSPENDING fails', async () => {
    // Prepare
    await h.secrets.fail('PutSecretValue');

    // Act
    const failure = await failureOf(reset());

    // Assess
    expect(failure.error).toBe('SecretsManagerFailure');
    await assertConsistent(oldPassword);
    // The new password never reached the server.
    expect(h.recorder.writes().filter((s) => s.sql.startsWith('ALTER USER'))).toEqual([]);
  });

  it('keeps the old password and clears AWSPENDING when ALTER USER fails', async () => {
    // Prepare
    h.recorder.failStatement(/^ALTER USER/);

    // Act
    const failure = await failureOf(reset());

    // Assess
    expect(failure.error).toBe('DatabaseFailure');
    await assertConsistent(oldPassword);
    expect(await canLogIn(username, h.passwords[1]!)).toBe(false);
  });

  it('restores the old password when ALTER USER ran but its reply was lost', async () => {
    // Prepare
    h.recorder.failStatement(/^ALTER USER/, { afterRun: true });

    // Act
    await failureOf(reset());

    // Assess
    await assertConsistent(oldPassword);
    expect(await canLogIn(username, h.passwords[1]!)).toBe(false);
  });

  it('restores the old password when the login test fails', async () => {
    // Prepare
    h.recorder.failLogin(username);

    // Act
    const failure = await failureOf(reset());

    // Assess
    expect(failure.error).toBe('LoginVerificationFailed');
    await assertConsistent(oldPassword);
    expect(await canLogIn(username, h.passwords[1]!)).toBe(false);
  });

  it('restores the old password when the promotion fails', async () => {
    // Prepare
    await h.secrets.fail('UpdateSecretVersionStage', { input: { VersionStage: 'AWSCURRENT' } });

    // Act
    const failure = await failureOf(reset());

    // Assess
    expect(failure.error).toBe('SecretsManagerFailure');
    await assertConsistent(oldPassword);
    expect(await canLogIn(username, h.passwords[1]!)).toBe(false);
  });

  it('counts a promotion whose reply was lost as done, and finishes', async () => {
    // Prepare
    await h.secrets.fail('UpdateSecretVersionStage', {
      input: { VersionStage: 'AWSCURRENT' },
      afterApply: true,
    });

    // Act
    const result = await reset();

    // Assess
    expect(result).toMatchObject({ status: 'reset' });
    await assertConsistent(h.passwords[1]!);
    expect(await canLogIn(username, oldPassword)).toBe(false);
  });

  it('retires the old password again when the first attempt fails and the old one still logs in', async () => {
    // Prepare: on MariaDB the reset is IDENTIFIED VIA ... OR ...; the first IDENTIFIED BY PASSWORD is the
    // retirement of the old password after the promotion.
    h.recorder.failStatement(/^ALTER USER \?@\? IDENTIFIED BY PASSWORD \?$/);

    // Act
    const result = await reset();

    // Assess
    expect(result).toMatchObject({ status: 'reset' });
    await assertConsistent(h.passwords[1]!);
    expect(await canLogIn(username, oldPassword)).toBe(false);
  });

  it('clears the AWSPENDING a PutSecretValue made when its reply was lost, and keeps the old password', async () => {
    // Prepare
    await h.secrets.fail('PutSecretValue', { afterApply: true });

    // Act
    const failure = await failureOf(reset());

    // Assess
    expect(failure.error).toBe('SecretsManagerFailure');
    await assertConsistent(oldPassword);
    expect(h.recorder.writes().filter((s) => s.sql.startsWith('ALTER USER'))).toEqual([]);
  });

  it('finishes a promotion whose reply was lost even when the first DescribeSecret after it fails too', async () => {
    // Prepare: the sequence of issue 12 item 1 (the old code restored the old password under a new AWSCURRENT)
    await h.secrets.fail('UpdateSecretVersionStage', {
      input: { VersionStage: 'AWSCURRENT' },
      afterApply: true,
    });
    h.secrets.beforeCall('UpdateSecretVersionStage', async (input) => {
      if (input.VersionStage === 'AWSCURRENT') await h.secrets.fail('DescribeSecret');
    });

    // Act
    const result = await reset();

    // Assess
    expect(result).toMatchObject({ status: 'reset' });
    await assertConsistent(h.passwords[1]!);
    expect(await canLogIn(username, oldPassword)).toBe(false);
  });

  it('says exactly what may be wrong when which version is AWSCURRENT cannot be read, and loses no password', async () => {
    // Prepare
    await h.secrets.fail('UpdateSecretVersionStage', {
      input: { VersionStage: 'AWSCURRENT' },
      afterApply: true,
    });
    let armed = true;
    h.secrets.beforeCall('UpdateSecretVersionStage', async (input) => {
      if (input.VersionStage !== 'AWSCURRENT' || !armed) return;
      armed = false;
      await h.secrets.fail('DescribeSecret', { times: 2 });
    });

    // Act
    const failure = await failureOf(reset());

    // Assess: both passwords still log in (MariaDB holds two until the old one is retired), so whichever
    // version is AWSCURRENT works, and the failure names the secret, both versions and what logs in.
    expect(failure).toMatchObject({
      error: 'PasswordResetIncomplete',
      details: { secretName, awsCurrent: 'unknown', serverAccepts: { previous: true, new: true } },
    });
    expect(failure.message).toContain(secretName);
    expect(await canLogIn(username, (await current())!)).toBe(true);
    await reset();
    await assertConsistent(h.passwords[2]!);
    expect(await canLogIn(username, oldPassword)).toBe(false);
    expect(await canLogIn(username, h.passwords[1]!)).toBe(false);
  });

  it('says so when the old password cannot be retired after promotion, and a rerun finishes', async () => {
    // Prepare
    h.recorder.failStatement(/^ALTER USER \?@\? IDENTIFIED BY PASSWORD \?$/, { times: 2 });

    // Act
    const failure = await failureOf(reset());

    // Assess
    expect(failure.error).toBe('PasswordResetIncomplete');
    await assertConsistent(h.passwords[1]!);
    expect(await canLogIn(username, oldPassword)).toBe(true);
    await reset();
    await assertConsistent(h.passwords[2]!);
    expect(await canLogIn(username, oldPassword)).toBe(false);
    expect(await canLogIn(username, h.passwords[1]!)).toBe(false);
  });

  it('refuses an account whose secret was not created by dbvoice', async () => {
    // Prepare
    await h.secrets.untag(secretName, ['created_by']);
    const writesBefore = h.recorder.writes().length;

    // Act
    const failure = await failureOf(reset());

    // Assess
    expect(failure.error).toBe('NotManagedByDbvoice');
    expect(h.recorder.writes()).toHaveLength(writesBefore);
    await assertConsistent(oldPassword);
  });
});

import { DescribeDBInstancesCommand, RDSClient, RebootDBInstanceCommand } from '@aws-sdk/client-rds';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { GetSessionTokenCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createControlClient } from '../../../src/local/emulator/controlClient.js';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import type { Fleet } from '../../../src/local/emulator/fleet/Fleet.js';
import { clientConfig } from './support/clientConfig.js';

const SERIAL = 'arn:aws:iam::210987654321:mfa/oncall';
const SEED = 'KRUGS4ZANFZSAYJAORSXG5BAONSWKZBB';
const totp = new TOTP({ secret: Secret.fromBase32(SEED), digits: 6, period: 30, algorithm: 'SHA1' });

const fleet: Fleet = {
  account: '210987654321',
  user: 'oncall',
  mfaDevices: [{ serial: SERIAL, seed: SEED }],
  requireMfaFor: ['RebootDBInstance'],
  invalidAccessKeys: ['AKIAREVOKED'],
  regions: { 'us-west-2': { instances: [{ identifier: 'db-1', engine: 'mysql', logs: [] }] } },
};

/** A code that is valid at no step near now: the current one shifted by 500,000. */
function wrongCode(): string {
  return String((Number(totp.generate()) + 500_000) % 1_000_000).padStart(6, '0');
}

describe('Emulator: STS (query protocol) with the real @aws-sdk/client-sts', () => {
  let emulator: Emulator;
  let sts: STSClient;

  beforeAll(async () => {
    emulator = await createEmulator({ fleet, settings: { rebootMs: 50 } });
    sts = new STSClient(clientConfig(emulator));
  });
  afterAll(async () => {
    sts.destroy();
    await emulator.close();
  });
  beforeEach(async () => {
    await createControlClient(emulator.url).reset();
  });

  it('issues session credentials with a valid MFA code', async () => {
    // Act
    const { Credentials } = await sts.send(
      new GetSessionTokenCommand({ SerialNumber: SERIAL, TokenCode: totp.generate(), DurationSeconds: 900 }),
    );

    // Assess
    expect(Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(Credentials?.SecretAccessKey).toBeTruthy();
    expect(Credentials?.SessionToken).toBeTruthy();
    expect(Credentials?.Expiration?.getTime()).toBeGreaterThan(Date.now() + 800_000);
  });

  it('rejects a reused code, a wrong code and an unknown device with AccessDenied (403)', async () => {
    // Prepare
    const code = totp.generate();
    await sts.send(new GetSessionTokenCommand({ SerialNumber: SERIAL, TokenCode: code }));

    // Act
    const reused = await sts
      .send(new GetSessionTokenCommand({ SerialNumber: SERIAL, TokenCode: code }))
      .catch((e) => e);
    const wrong = await sts
      .send(new GetSessionTokenCommand({ SerialNumber: SERIAL, TokenCode: wrongCode() }))
      .catch((e) => e);
    const unknown = await sts
      .send(
        new GetSessionTokenCommand({
          SerialNumber: 'arn:aws:iam::210987654321:mfa/nobody',
          TokenCode: totp.generate(),
        }),
      )
      .catch((e) => e);

    // Assess
    for (const error of [reused, wrong, unknown]) {
      expect(error).toBeInstanceOf(STSServiceException);
      expect(error.name).toBe('AccessDenied');
      expect(error.$metadata.httpStatusCode).toBe(403);
    }
    expect(wrong.message).toContain('invalid MFA one time pass code');
  });

  it('refuses GetSessionToken signed with session credentials', async () => {
    // Prepare
    const { Credentials } = await sts.send(new GetSessionTokenCommand({}));
    const session = new STSClient({
      ...clientConfig(emulator),
      credentials: {
        accessKeyId: Credentials!.AccessKeyId!,
        secretAccessKey: Credentials!.SecretAccessKey!,
        sessionToken: Credentials!.SessionToken!,
      },
    });

    // Act
    const error = await session.send(new GetSessionTokenCommand({})).catch((e) => e);

    // Assess
    expect(error.name).toBe('AccessDenied');
    session.destroy();
  });

  it('enforces requireMfaFor: a reboot needs keys from an MFA GetSessionToken', async () => {
    // Prepare
    const plain = new RDSClient(clientConfig(emulator));
    const { Credentials } = await sts.send(
      new GetSessionTokenCommand({ SerialNumber: SERIAL, TokenCode: totp.generate() }),
    );
    const withMfa = new RDSClient({
      ...clientConfig(emulator),
      credentials: {
        accessKeyId: Credentials!.AccessKeyId!,
        secretAccessKey: Credentials!.SecretAccessKey!,
        sessionToken: Credentials!.SessionToken!,
      },
    });

    // Act
    const denied = await plain
      .send(new RebootDBInstanceCommand({ DBInstanceIdentifier: 'db-1' }))
      .catch((e) => e);
    const allowed = await withMfa.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: 'db-1' }));
    const describe = await plain.send(new DescribeDBInstancesCommand({}));

    // Assess
    expect(denied.name).toBe('AccessDenied');
    expect(denied.$metadata.httpStatusCode).toBe(403);
    expect(allowed.DBInstance?.DBInstanceStatus).toBe('rebooting');
    expect(describe.DBInstances).toHaveLength(1);
    plain.destroy();
    withMfa.destroy();
  });

  it('answers listed access keys with InvalidClientTokenId (query) or UnrecognizedClientException (JSON)', async () => {
    // Prepare
    const revoked = { accessKeyId: 'AKIAREVOKED', secretAccessKey: 'x' };
    const rds = new RDSClient({ ...clientConfig(emulator), credentials: revoked });
    const ssm = new SSMClient({ ...clientConfig(emulator), credentials: revoked });

    // Act
    const rdsError = await rds.send(new DescribeDBInstancesCommand({})).catch((e) => e);
    const ssmError = await ssm.send(new GetParameterCommand({ Name: '/x' })).catch((e) => e);

    // Assess
    expect(rdsError.name).toBe('InvalidClientTokenId');
    expect(rdsError.$metadata.httpStatusCode).toBe(403);
    expect(ssmError.name).toBe('UnrecognizedClientException');
    rds.destroy();
    ssm.destroy();
  });
});

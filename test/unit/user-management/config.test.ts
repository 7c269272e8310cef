import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/user-management/config.js';

describe('Config: loadConfig', () => {
  it('turns TLS on and uses bounded timeouts by default', () => {
    expect(loadConfig({})).toEqual({
      tls: true,
      connectTimeoutMs: 5_000,
      queryTimeoutMs: 10_000,
      rotationDays: 30,
      recoveryWindowDays: 7,
    });
  });

  it('reads the rotation Lambda, rotation days and MYSQL_TLS=off', () => {
    expect(
      loadConfig({ MYSQL_TLS: 'OFF', ROTATION_LAMBDA_ARN: 'arn:aws:lambda:x', ROTATION_DAYS: '14' }),
    ).toMatchObject({ tls: false, rotationLambdaArn: 'arn:aws:lambda:x', rotationDays: 14 });
  });

  it.each([
    ['MYSQL_TLS', 'maybe'],
    ['ROTATION_DAYS', '0'],
    ['SECRET_RECOVERY_WINDOW_DAYS', '3'],
    ['MYSQL_QUERY_TIMEOUT_MS', 'ten'],
  ])('refuses %s=%s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});

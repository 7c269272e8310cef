import { describe, expect, it } from 'vitest';
import { buildSecretPolicy } from '../../../src/user-management/secretPolicy.js';

const READER = 'arn:aws:iam::444455556666:role/reader';

describe('Policy: buildSecretPolicy', () => {
  it('attaches nothing when the master has no policy and there are no readers', () => {
    expect(buildSecretPolicy(undefined, [])).toBeUndefined();
  });

  it('grants GetSecretValue to the reader roles and nothing else', () => {
    expect(JSON.parse(buildSecretPolicy(undefined, [READER]) ?? '')).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DbvoiceReaders',
          Effect: 'Allow',
          Principal: { AWS: [READER] },
          Action: 'secretsmanager:GetSecretValue',
          Resource: '*',
        },
      ],
    });
  });

  it("copies the master's statements (a single statement object too), pointing them at the new secret", () => {
    // Prepare
    const master = JSON.stringify({
      Version: '2012-10-17',
      Statement: {
        Effect: 'Deny',
        Principal: '*',
        Action: '*',
        Resource: 'arn:aws:secretsmanager:x',
        Condition: {},
      },
    });

    // Act
    const policy = JSON.parse(buildSecretPolicy(master, []) ?? '');

    // Assess
    expect(policy.Statement).toEqual([
      { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*', Condition: {} },
    ]);
  });

  it('refuses a master policy that is not JSON', () => {
    expect(() => buildSecretPolicy('{nope', [])).toThrow(/not JSON/);
  });
});

import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  parseScramVerifier,
  scramKeys,
  scramSha256Verifier,
} from '../../../src/user-management/scramVerifier.js';

/** RFC 7677 section 3: user "user", password "pencil". */
const RFC = {
  salt: Buffer.from('W22ZaJ0SNY7soEsUEjb6gQ==', 'base64'),
  authMessage:
    'n=user,r=rOprNGfwEbeRWgbNEkqO,' +
    'r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,' +
    'c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0',
  clientProof: Buffer.from('dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=', 'base64'),
  serverSignature: '6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=',
};

describe('scramSha256Verifier', () => {
  it('derives keys that verify the RFC 7677 exchange as a server would', () => {
    // Act
    const { storedKey, serverKey } = scramKeys('pencil', RFC.salt, 4096);

    // Assess: the server recovers ClientKey from the proof and hashes it to StoredKey
    const clientSignature = createHmac('sha256', storedKey).update(RFC.authMessage).digest();
    const clientKey = Buffer.from(RFC.clientProof.map((byte, i) => byte ^ (clientSignature[i] ?? 0)));
    expect(createHash('sha256').update(clientKey).digest().equals(storedKey)).toBe(true);
    expect(createHmac('sha256', serverKey).update(RFC.authMessage).digest('base64')).toBe(
      RFC.serverSignature,
    );
  });

  it('writes the form PostgreSQL stores, with a fresh salt each time and no trace of the password', () => {
    // Act
    const first = scramSha256Verifier('Pass-word_1.x');
    const second = scramSha256Verifier('Pass-word_1.x');

    // Assess
    expect(first).toMatch(/^SCRAM-SHA-256\$4096:[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('Pass-word');
    const parsed = parseScramVerifier(first);
    expect(parsed && scramKeys('Pass-word_1.x', parsed.salt, parsed.iterations).storedKey).toEqual(
      parsed?.storedKey,
    );
  });

  it('refuses passwords SASLprep could change (anything but printable ASCII)', () => {
    expect(() => scramSha256Verifier('pässword')).toThrow(/printable ASCII/);
    expect(() => scramSha256Verifier('pass word')).toThrow(/printable ASCII/);
  });
});

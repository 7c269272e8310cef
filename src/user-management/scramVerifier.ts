import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';

/** PostgreSQL's own default (scram_iterations, PostgreSQL 16+; fixed at 4096 before). */
const SCRAM_ITERATIONS = 4096;
const SALT_BYTES = 16;

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802 / RFC 7677), in the form
 * `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>` (base64). CREATE/ALTER ROLE ... PASSWORD
 * recognises this form and stores it as is, so the clear password never reaches the server, its
 * statement log or pg_stat_statements: only this, from which the password cannot be recovered.
 *
 * SASLprep is the identity for printable ASCII, which is all passwordGenerator produces; anything else is
 * refused rather than prepared differently from the server.
 */
export function scramSha256Verifier(
  password: string,
  salt: Buffer = randomBytes(SALT_BYTES),
  iterations: number = SCRAM_ITERATIONS,
): string {
  if (!/^[\x21-\x7e]+$/.test(password)) {
    throw new Error('SCRAM verifiers are computed here only for printable ASCII passwords');
  }
  const { storedKey, serverKey } = scramKeys(password, salt, iterations);
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

/** StoredKey and ServerKey for a password, salt and iteration count. */
export function scramKeys(
  password: string,
  salt: Buffer,
  iterations: number,
): { storedKey: Buffer; serverKey: Buffer } {
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  return {
    storedKey: createHash('sha256').update(clientKey).digest(),
    serverKey: createHmac('sha256', salted).update('Server Key').digest(),
  };
}

/** The parts of a stored verifier, or undefined when the text is not one. */
export function parseScramVerifier(
  text: string,
): { iterations: number; salt: Buffer; storedKey: Buffer; serverKey: Buffer } | undefined {
  const match = /^SCRAM-SHA-256\$(\d+):([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]+)$/.exec(text);
  if (!match) return undefined;
  return {
    iterations: Number(match[1]),
    salt: Buffer.from(match[2] ?? '', 'base64'),
    storedKey: Buffer.from(match[3] ?? '', 'base64'),
    serverKey: Buffer.from(match[4] ?? '', 'base64'),
  };
}

import { randomInt } from 'node:crypto';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
/**
 * URL-unreserved and inert in shells, option files, JDBC/ODBC strings and SQL literals: no quotes, '\',
 * '$', '`', '!', '#', '%', '&', ';', '@', ':', '/' or spaces.
 */
const SPECIALS = '-_.';
export const PASSWORD_ALPHABET = UPPER + LOWER + DIGITS + SPECIALS;
export const PASSWORD_LENGTH = 32;

/**
 * A crypto-random password (randomInt is unbiased; ~190 bits). It starts with a letter, so no tool reads it
 * as an option, and holds every character class, so validate_password's MEDIUM policy accepts it.
 */
export function generatePassword(length: number = PASSWORD_LENGTH): string {
  if (length < 8) throw new RangeError('passwords shorter than 8 characters are not generated');
  for (;;) {
    let password = (UPPER + LOWER)[randomInt(UPPER.length + LOWER.length)]!;
    for (let i = 1; i < length; i += 1) password += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]!;
    // Rejection keeps the distribution uniform over qualifying passwords instead of forcing positions.
    if (/[A-Z]/.test(password) && /[a-z]/.test(password) && /\d/.test(password) && /[-_.]/.test(password)) {
      return password;
    }
  }
}

import { describe, expect, it } from 'vitest';
import { generatePassword, PASSWORD_ALPHABET } from '../../../src/user-management/passwordGenerator.js';

describe('Passwords: generatePassword', () => {
  const samples = Array.from({ length: 500 }, () => generatePassword());

  it('makes 32 characters from the safe alphabet, starting with a letter', () => {
    for (const password of samples) {
      expect(password).toHaveLength(32);
      expect(password).toMatch(/^[A-Za-z][A-Za-z0-9._-]{31}$/);
    }
  });

  it('includes an upper-case letter, a lower-case letter, a digit and a symbol every time', () => {
    for (const password of samples) {
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/\d/);
      expect(password).toMatch(/[-_.]/);
    }
  });

  it('never repeats and uses the whole alphabet', () => {
    expect(new Set(samples).size).toBe(samples.length);
    const seen = new Set(samples.join(''));
    expect(seen.size).toBe(PASSWORD_ALPHABET.length);
  });

  it('holds nothing a shell, a MySQL client or a connection string would mangle', () => {
    expect(PASSWORD_ALPHABET).not.toMatch(/[\s'"`\\$!#%&;:@/?*~^(){}[\]<>|=+,]/);
  });
});

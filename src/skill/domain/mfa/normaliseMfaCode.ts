/**
 * The six digits of an MFA code as STS expects them, or undefined for anything else. AMAZON.NUMBER drops
 * leading zeros ("zero four one..." arrives as 41...), so up to two lost zeros are put back; a shorter number
 * is a mishearing, not a code, and is asked for again instead of costing the user a rejection.
 */
export function normaliseMfaCode(value: string | undefined): string | undefined {
  const digits = value?.replace(/\s+/g, '');
  if (!digits || !/^\d{4,6}$/.test(digits)) return undefined;
  return digits.padStart(6, '0');
}

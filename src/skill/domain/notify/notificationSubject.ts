/** SNS rejects subjects over 100 characters, with line breaks, or with non-ASCII characters. */
const MAX_SUBJECT = 100;

/** "dbvoice: ListAlarms - reporting - Oregon (us-west-2)", made safe for SNS. */
export function notificationSubject(parts: readonly (string | undefined)[]): string {
  const text = `dbvoice: ${parts.filter((p): p is string => Boolean(p)).join(' - ')}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= MAX_SUBJECT ? text : `${text.slice(0, MAX_SUBJECT - 3)}...`;
}

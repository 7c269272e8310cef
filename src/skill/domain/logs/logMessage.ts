/** SNS takes 256 KB per message; stay clearly below with the intro and the subject. */
const MAX_MESSAGE_BYTES = 200_000;

/**
 * The e-mail with a log's tail: an intro line, then as many of the newest lines as fit, cut at a line
 * boundary from the oldest end.
 */
export function logMessage(intro: string, lines: readonly string[], maxBytes = MAX_MESSAGE_BYTES): string {
  let budget = maxBytes - Buffer.byteLength(intro) - 2;
  let first = lines.length;
  while (first > 0) {
    const size = Buffer.byteLength(lines[first - 1]!) + 1;
    if (size > budget) break;
    budget -= size;
    first -= 1;
  }
  return `${intro}\n\n${lines.slice(first).join('\n')}\n`;
}

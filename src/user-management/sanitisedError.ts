/** The error's message, whatever was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The text with every known secret replaced, so a driver quoting a statement back cannot leak a password. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length > 0) out = out.split(secret).join('[redacted]');
  return out;
}

/**
 * A copy of a driver's error carrying only its message, with known secrets masked, and the codes the caller
 * picked from it (never the driver's own fields, which can hold the formatted statement): safe to hang on
 * `cause` and to log.
 */
export function sanitisedError(
  error: unknown,
  secrets: readonly string[],
  codes: Record<string, string | number | boolean>,
): Error {
  const copy = new Error(redact(messageOf(error), secrets));
  copy.name = error instanceof Error ? error.name : 'Error';
  Object.assign(copy, codes);
  return copy;
}

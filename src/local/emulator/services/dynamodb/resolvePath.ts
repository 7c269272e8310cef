import { dynamodbErrors } from './dynamodbErrors.js';
import type { ExpressionContext } from './ExpressionContext.js';

/** A top-level attribute name, `#placeholder` resolved. Nested paths are beyond this emulator. */
export function resolvePath(token: string, context: ExpressionContext): string {
  const path = token.trim();
  if (path.startsWith('#')) {
    const name = context.names[path];
    if (name === undefined) {
      throw dynamodbErrors.validation(
        `Value provided in ExpressionAttributeNames unused in expressions: keys: {${path}}`,
      );
    }
    return name;
  }
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(path)) {
    throw dynamodbErrors.validation(`The emulator supports top-level attribute names only (got "${path}").`);
  }
  return path;
}

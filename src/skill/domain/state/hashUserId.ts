import { createHash } from 'node:crypto';

/**
 * The hex SHA-256 of an Alexa user or person id: the state table key and the "who" of audit records, so
 * neither the table nor the logs hold the raw id.
 */
export function hashUserId(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex');
}

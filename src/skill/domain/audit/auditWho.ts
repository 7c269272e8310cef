import type { RequestEnvelope } from 'ask-sdk-model';
import { hashUserId } from '../state/hashUserId.js';
import type { AuditEntry } from './AuditEntry.js';

/** The hashed user and voice profile of a request, for audit records. */
export function auditWho(envelope: RequestEnvelope): Pick<AuditEntry, 'who' | 'person'> {
  const system = envelope.context?.System;
  const userId = system?.user?.userId ?? envelope.session?.user?.userId ?? 'unknown';
  const personId = system?.person?.personId;
  return { who: hashUserId(userId), ...(personId ? { person: hashUserId(personId) } : {}) };
}

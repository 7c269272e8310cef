import type { AuditMailWords } from './AuditMailWords.js';

/**
 * The English labels of an audit e-mail's lines: the English locales' words, and the audit log's own when no
 * listener's words are at hand. Each supplies the time as it reads a date.
 */
export const ENGLISH_AUDIT_LABELS: Omit<AuditMailWords, 'time'> = {
  result: 'Result',
  action: 'Action',
  instance: 'Instance',
  cluster: 'Cluster',
  target: 'Target',
  region: 'Region',
  who: 'Who (SHA-256 of the Alexa user id)',
  voiceProfile: 'Voice profile (SHA-256)',
  at: 'At',
};

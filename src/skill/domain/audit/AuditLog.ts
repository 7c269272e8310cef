import type { Logger } from '@aws-lambda-powertools/logger';
import type { HandlerInput } from 'ask-sdk-core';
import type { Deadline } from '../Deadline.js';
import { regionSpokenName } from '../fleet/regions.js';
import type { Notifier } from '../notify/Notifier.js';
import { notificationSubject } from '../notify/notificationSubject.js';
import type { UserStateStore } from '../state/UserStateStore.js';
import type { AuditEntry } from './AuditEntry.js';
import type { AuditMailWords } from './AuditMailWords.js';
import { ENGLISH_AUDIT_LABELS } from './englishAuditLabels.js';

/** What an audit record needs from the request: the request context satisfies it. */
export interface AuditContext {
  readonly logger: Logger;
  readonly now: () => number;
  readonly deadline: Deadline;
  /** The listener's words for the e-mail (the request context's SpeechStrings); English labels without them. */
  readonly strings?: { readonly mail: { readonly audit: AuditMailWords } };
}

/** The labels when no listener's words are at hand (the log line never needs them). */
const ENGLISH_LABELS: AuditMailWords = { ...ENGLISH_AUDIT_LABELS, time: (at) => at.toUTCString() };

/**
 * Writes the audit trail: one structured `Audit` log line per task outcome or refusal (CloudWatch Logs is the
 * record), and the same record e-mailed with the spoken answer when the user's notifications are on.
 */
export class AuditLog {
  constructor(
    private readonly notifier: Notifier,
    private readonly userState: UserStateStore,
  ) {}

  /** The log line only: for refusals of people whose state must not even be read. */
  log(context: Pick<AuditContext, 'logger' | 'now'>, entry: AuditEntry): void {
    context.logger.info('Audit', { audit: { ...entry, at: new Date(context.now()).toISOString() } });
  }

  /** The log line, and the e-mail when notifications are on. */
  async record(input: HandlerInput, context: AuditContext, entry: AuditEntry, answer: string): Promise<void> {
    this.log(context, entry);
    if (!this.notifier.configured) return;
    try {
      const state = await this.userState.load(input);
      if (!state.notifications) return;
      const where = entry.region ? `${regionSpokenName(entry.region)} (${entry.region})` : undefined;
      const words = context.strings?.mail.audit ?? ENGLISH_LABELS;
      const at = new Date(context.now());
      await this.notifier.publish(
        {
          subject: notificationSubject(['audit', entry.what, entry.instance, where, entry.result]),
          message: [
            answer,
            '',
            // Labels in the listener's language; values are ids (results, intents, codes) as the log has them.
            `${words.result}: ${entry.result}${entry.detail ? ` (${entry.detail})` : ''}`,
            `${words.action}: ${entry.what}${entry.action ? ` / ${entry.action}` : ''}`,
            ...(entry.instance ? [`${words.instance}: ${entry.instance}`] : []),
            ...(entry.cluster ? [`${words.cluster}: ${entry.cluster}`] : []),
            ...(entry.target ? [`${words.target}: ${entry.target}`] : []),
            ...(entry.region ? [`${words.region}: ${entry.region}`] : []),
            `${words.who}: ${entry.who}`,
            ...(entry.person ? [`${words.voiceProfile}: ${entry.person}`] : []),
            `${words.at}: ${words.time(at)} (${at.toISOString()})`,
          ].join('\n'),
        },
        context.deadline,
        context.logger,
      );
    } catch (error) {
      // The audit line is written; a failed e-mail must not turn a done reboot into an apology.
      context.logger.warn('Audit e-mail not sent', {
        errorName: error instanceof Error ? error.name : 'unknown',
      });
    }
  }
}

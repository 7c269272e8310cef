import { randomUUID } from 'node:crypto';
import type { EmulatorState } from '../../../state/EmulatorState.js';
import type { RunCheckRequest } from './RunCheckRequest.js';
import type { RunnerResultBlock, RunnerRow } from './RunnerResultBlock.js';

export interface RunnerNotification {
  readonly request: RunCheckRequest;
  readonly exitCode: number;
  readonly reason: string;
  readonly message: string;
  readonly elapsedMs: number;
  readonly rows: readonly RunnerRow[];
  /** The mysql client prints NULL for an empty value; the others print nothing. */
  readonly nullWord: string;
  /** When the runner finishes: the message is stamped then (the control plane lists it from then on). */
  readonly at: Date;
}

/** The client's own output, which the runner's e-mail quotes: a header line and tab-separated rows. */
function table(rows: readonly RunnerRow[], nullWord: string): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]!);
  const lines = [
    columns,
    ...rows.map((row) => columns.map((c) => (row[c] === '' ? nullWord : (row[c] ?? '')))),
  ];
  return lines.map((line) => `${line.join('\t')}\n`).join('');
}

/**
 * run-check's publish(): with --topic, once the check took at least --notify-after seconds, the result goes
 * to SNS (the skill has said "I'll e-mail it" by then) and `notified` says how that went. Returns the
 * `notified` value and any line the runner writes to stderr, or undefined when there is no topic.
 */
export function publishRunnerResult(
  state: EmulatorState,
  block: RunnerResultBlock,
  notification: RunnerNotification,
): { readonly notified: 'yes' | 'no' | 'failed'; readonly stderr: string } | undefined {
  const { request, exitCode, reason, message, elapsedMs } = notification;
  if (!request.topic) return undefined;
  if (elapsedMs < request.notifyAfterSeconds * 1000) return { notified: 'no', stderr: '' };
  const topicRegion = request.topic.split(':')[3] ?? '';
  const topic = state.regions.get(topicRegion)?.topics.get(request.topic);
  if (!topic) {
    return {
      notified: 'failed',
      stderr: `run-check: could not publish to ${request.topic}: An error occurred (NotFound) when calling the Publish operation: Topic does not exist\n`,
    };
  }
  const outcome = exitCode === 0 ? 'finished' : `failed (${reason})`;
  const text = [
    `The ${request.check} check on ${request.instance} (${request.engine}, ${request.host}:${request.port}, Region ${request.region ?? 'unknown'}) ${outcome} after ${Math.floor(elapsedMs / 1000)} seconds.\n\n`,
    exitCode === 0 ? '' : `${message}\n\n`,
    exitCode === 0 ? table(notification.rows, notification.nullWord) : '',
    '\n-- result block --\n',
    block.body(),
  ].join('');
  const published = {
    messageId: randomUUID(),
    region: topicRegion,
    topicArn: request.topic,
    subject: `dbvoice: ${request.check} check on ${request.instance}`.slice(0, 100),
    message: text,
    attributes: {},
    at: notification.at,
  };
  topic.messages.push(published);
  state.published.push(published);
  return { notified: 'yes', stderr: '' };
}

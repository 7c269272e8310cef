import type { ConsoleTurn } from '../ConsoleTurn.js';
import type { Style } from './createStyle.js';
import { formatCallSummary } from './formatCallSummary.js';
import { formatCalls } from './formatCalls.js';

export interface TurnDisplay {
  /** Print each request envelope the turn sent. */
  readonly request: boolean;
  /** Print each response envelope the skill returned. */
  readonly response: boolean;
  /** Print the call log table instead of the one-line summary. */
  readonly calls: boolean;
}

function indentJson(label: string, value: unknown, style: Style): string {
  const body = JSON.stringify(value, null, 2)
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return `  ${style.magenta(label)}\n${body}`;
}

/** What Alexa said, the card, warnings and errors, and what it cost, for a terminal or a log. */
export function formatTurn(turn: ConsoleTurn, display: TurnDisplay, style: Style): string {
  const lines: string[] = [];
  for (const [index, exchange] of turn.exchanges.entries()) {
    const suffix = turn.exchanges.length > 1 ? ` ${index + 1}/${turn.exchanges.length}` : '';
    if (display.request) lines.push(indentJson(`request${suffix}`, exchange.request, style));
    if (display.response) lines.push(indentJson(`response${suffix}`, exchange.response, style));
  }
  for (const { speech } of turn.progressive) lines.push(style.dim(`Alexa (progressive): ${speech}`));
  const who = turn.spokenBy === 'alexa' ? 'Alexa (dialog)' : 'Alexa';
  if (turn.speech) lines.push(`${style.cyan(style.bold(`${who}:`))} ${turn.speech}`);
  else if (!turn.sessionEnded) lines.push(style.dim('(Alexa says nothing)'));
  if (turn.reprompt && turn.reprompt !== turn.speech) lines.push(style.dim(`  reprompt: ${turn.reprompt}`));
  const card = turn.card;
  if (card) {
    const title = 'title' in card && card.title ? card.title : card.type;
    const content = card.type === 'Simple' ? card.content : card.type === 'Standard' ? card.text : undefined;
    lines.push(style.green(`  ┌ Card: ${title}`));
    for (const line of (content ?? '').split('\n')) lines.push(`${style.green('  │')} ${line}`);
    lines.push(style.green('  └'));
  }
  for (const warning of turn.warnings) lines.push(style.yellow(`  ⚠ ${warning}`));
  if (turn.error) lines.push(style.red(`  ✖ the skill failed: ${turn.error.name}: ${turn.error.message}`));
  const intents = turn.exchanges.map(({ request }) =>
    request.request.type === 'IntentRequest' ? request.request.intent.name : request.request.type,
  );
  const facts = [
    intents.length > 0 ? intents.join(' → ') : 'answered by Alexa, no request to the skill',
    `${turn.durationMs} ms`,
    display.calls ? undefined : formatCallSummary(turn.calls),
    turn.sessionEnded ? 'session ended' : undefined,
  ].filter((fact): fact is string => fact !== undefined);
  lines.push(style.dim(`  ${facts.join(' · ')}`));
  if (display.calls) lines.push(formatCalls(turn.calls, style));
  return lines.join('\n');
}

import { tokenize } from './tokenize.js';

export type Invocation =
  | { readonly kind: 'launch' }
  | { readonly kind: 'oneShot'; readonly utterance: string }
  | { readonly kind: 'none' };

const LAUNCH_VERBS = new Set(['open', 'launch', 'start', 'begin', 'load', 'run', 'use']);
const ONE_SHOT_VERBS = new Set(['ask', 'tell']);
/** Words between the invocation name and the request ("ask database fleet to reboot hr"). */
const CONNECTORS = new Set(['to', 'for', 'about', 'if', 'whether', 'and']);

/**
 * Recognises the ways people start a skill: "open database fleet" (LaunchRequest) and "ask database fleet
 * (to) <request>" (a one-shot intent in a new session). A leading "alexa" is ignored.
 */
export function parseInvocation(utterance: string, invocationName: string): Invocation {
  const words = tokenize(utterance);
  if (words[0] === 'alexa') words.shift();
  const name = tokenize(invocationName);
  const verb = words[0];
  const named = name.every((word, index) => words[index + 1] === word);
  if (verb === undefined || !named) return { kind: 'none' };
  const rest = words.slice(1 + name.length);
  if (LAUNCH_VERBS.has(verb) && rest.length === 0) return { kind: 'launch' };
  if (ONE_SHOT_VERBS.has(verb)) {
    if (rest.length === 0) return { kind: 'launch' };
    if (CONNECTORS.has(rest[0]!) && rest.length > 1) rest.shift();
    return { kind: 'oneShot', utterance: rest.join(' ') };
  }
  return { kind: 'none' };
}

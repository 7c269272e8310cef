import { isJapanese, joinUnits, matchUnits, tokenize } from './tokenize.js';

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
  if (isJapanese(invocationName)) return parseJapaneseInvocation(utterance, invocationName);
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

/** 「データベースフリートを開いて」 and its kin: a LaunchRequest. */
const JA_LAUNCH =
  /^(?:を|で)?(?:開いて|ひらいて|開く|起動して|起動|スタートして|スタート|始めて|つないで|呼んで)(?:ください)?$/;
/** 「データベースフリートに<request>を聞いて」: the asking words after the request. */
const JA_ASK = /(?:を|って|か)?(?:聞いて|きいて|頼んで|たのんで)(?:ください)?$/;

/**
 * The Japanese ways to start a skill: 「<name>を開いて」 (launch) and 「<name>で<request>」 or
 * 「<name>に<request>を聞いて」 (one-shot), a leading 「アレクサ」 ignored; compared without spaces.
 */
function parseJapaneseInvocation(utterance: string, invocationName: string): Invocation {
  const said = joinUnits(matchUnits(tokenize(utterance))).replace(/^アレクサ/, '');
  const name = joinUnits(matchUnits(tokenize(invocationName)));
  if (!said.startsWith(name)) return { kind: 'none' };
  const rest = said.slice(name.length);
  if (rest === '' || JA_LAUNCH.test(rest)) return { kind: 'launch' };
  // 「…を教えて」 belongs to the request itself ("CPU使用率を教えて"): only 聞いて / 頼んで are the asking.
  if (rest.startsWith('で')) return { kind: 'oneShot', utterance: rest.slice(1) };
  if (rest.startsWith('に') && JA_ASK.test(rest))
    return { kind: 'oneShot', utterance: rest.slice(1).replace(JA_ASK, '') };
  return { kind: 'none' };
}

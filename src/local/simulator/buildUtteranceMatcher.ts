import type { Intent, Slot } from 'ask-sdk-model';
import { builtInIntentPhrases, builtInIntentPhrasesJa } from './builtInIntentPhrases.js';
import { compileSample, type PatternToken } from './compileSample.js';
import { defaultSkillId } from './defaultSkillId.js';
import { GLUE_WORDS, OPEN_SLOT_TYPES } from './glueWords.js';
import type { InteractionModelData } from './InteractionModelData.js';
import { SlotResolver } from './SlotResolver.js';
import { splitIntoSlots } from './splitIntoSlots.js';
import { isJapanese, matchUnits, tokenize } from './tokenize.js';
import type { SlotAnswer, UtteranceMatch, UtteranceMatcher } from './UtteranceMatcher.js';
import { withoutFillerWords } from './withoutFillerWords.js';

const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

export interface UtteranceMatcherOptions {
  /** Goes into entity-resolution authorities; must be the id the skill verifies. */
  readonly skillId?: string;
  /** The model's locale: a Japanese one (ja-JP) hears Alexa's Japanese built-in phrases. */
  readonly locale?: string;
}

interface Pattern {
  readonly intent: string;
  readonly sample: string;
  readonly tokens: readonly PatternToken[];
  readonly literals: readonly string[];
  /** Position in the model: the last tie-breaker, so results never depend on Map ordering quirks. */
  readonly order: number;
  /** Only slots and glue words: it fits only when its closed-vocabulary slots hear one of their values. */
  readonly bare: boolean;
}

interface Candidate {
  readonly pattern: Pattern;
  readonly slots: Record<string, Slot>;
  /** Slots whose value is known: resolved custom values and parsed NUMBER/DURATION values. */
  readonly resolved: number;
  /** Words that went into slots without resolving: the fewer, the likelier the reading. */
  readonly unresolvedWords: number;
  /** Closed-vocabulary slots (metric, Region, window, ...) that heard no value of theirs: a misreading. */
  readonly unresolvedClosed: number;
}

/**
 * Builds the simulator's NLU from an interaction model: every sample utterance (and every slot sample for
 * elicitation answers) becomes a pattern. An utterance goes to the pattern with the most literal words that
 * fits it (the most specific sample), then the one whose slot values resolve best, then model order.
 */
export function buildUtteranceMatcher(
  model: InteractionModelData,
  options: UtteranceMatcherOptions = {},
): UtteranceMatcher {
  const skillId = options.skillId ?? defaultSkillId;
  const resolver = new SlotResolver(model, skillId);
  const languageModel = model.interactionModel.languageModel;
  const slotTypes = new Map<string, Map<string, string>>();
  const slotPatterns = new Map<string, Map<string, Pattern[]>>();
  // A sample that starts with a word fits only utterances starting with it: thousands of generated samples
  // are narrowed to the few that can fit before any slot is split.
  const byFirstWord = new Map<string, Pattern[]>();
  const slotFirst: Pattern[] = [];
  const builtIns = new Map<string, string>();
  let order = 0;
  // A Japanese model (said so, or with a Japanese invocation name) gets Alexa's Japanese built-in phrases.
  const japanese = options.locale?.startsWith('ja') ?? isJapanese(languageModel.invocationName);
  const alexaPhrases = japanese ? builtInIntentPhrasesJa : builtInIntentPhrases;
  const compile = (intent: string, sample: string): Pattern => {
    const words = compileSample(sample);
    const bare =
      words.some((token) => token.kind === 'slot') &&
      words.every((token) => token.kind === 'slot' || GLUE_WORDS.has(token.word));
    // Aligned on units (Japanese by character, see matchUnits); glue is judged on whole words above.
    const tokens = words.flatMap((token): PatternToken[] =>
      token.kind === 'slot' ? [token] : matchUnits([token.word]).map((word) => ({ kind: 'word', word })),
    );
    const literals = tokens.flatMap((token) => (token.kind === 'word' ? [token.word] : []));
    return { intent, sample, tokens, literals, order: order++, bare };
  };

  for (const intent of languageModel.intents) {
    const types = new Map<string, string>();
    const answers = new Map<string, Pattern[]>();
    for (const slot of intent.slots ?? []) {
      types.set(slot.name, slot.type ?? '');
      const samples = new Set([`{${slot.name}}`, ...(slot.samples ?? [])]);
      answers.set(
        slot.name,
        [...samples].map((sample) => compile(intent.name, sample)),
      );
    }
    slotTypes.set(intent.name, types);
    slotPatterns.set(intent.name, answers);
    const phrases = intent.name.startsWith('AMAZON.') ? (alexaPhrases[intent.name] ?? []) : [];
    for (const sample of [...(intent.samples ?? []), ...phrases]) {
      const pattern = compile(intent.name, sample);
      const first = pattern.tokens[0];
      if (first?.kind === 'word')
        byFirstWord.set(first.word, [...(byFirstWord.get(first.word) ?? []), pattern]);
      else slotFirst.push(pattern);
      if (intent.name.startsWith('AMAZON.')) builtIns.set(pattern.literals.join(' '), intent.name);
    }
  }

  const emptyIntent = (intentName: string): Intent => {
    const declared = slotTypes.get(intentName);
    const intent: Intent = { name: intentName, confirmationStatus: 'NONE' };
    if (declared && declared.size > 0) {
      intent.slots = Object.fromEntries(
        [...declared.keys()].map((name) => [name, { name, confirmationStatus: 'NONE' } satisfies Slot]),
      );
    }
    return intent;
  };

  const evaluate = (pattern: Pattern, words: readonly string[]): Candidate | undefined => {
    if (pattern.tokens.length > words.length) return undefined;
    if (!pattern.literals.every((literal) => words.includes(literal))) return undefined;
    const types = slotTypes.get(pattern.intent);
    let best: Candidate | undefined;
    for (const reading of splitIntoSlots(pattern.tokens, words)) {
      const candidate = fill(pattern, reading, words, types);
      if (candidate && (!best || compareReadings(candidate, best) < 0)) best = candidate;
    }
    return best;
  };

  const fill = (
    pattern: Pattern,
    reading: ReadonlyMap<string, readonly [number, number]>,
    words: readonly string[],
    types: ReadonlyMap<string, string> | undefined,
  ): Candidate | undefined => {
    const slots: Record<string, Slot> = {};
    let resolved = 0;
    let unresolvedWords = 0;
    let unresolvedClosed = 0;
    for (const [name, [start, end]] of reading) {
      const type = types?.get(name);
      if (type === undefined) return undefined;
      const slot = resolver.resolve(name, type, words.slice(start, end));
      if (!slot) return undefined;
      const authority = slot.resolutions?.resolutionsPerAuthority?.[0];
      if (!authority || authority.status.code === 'ER_SUCCESS_MATCH') resolved++;
      // "{property} of {instance}" must not take "count of staging databases": Alexa picks such a sample
      // for the values it hears, so its closed-vocabulary slots have to hear one.
      else if (pattern.bare && !OPEN_SLOT_TYPES.has(type)) return undefined;
      else {
        unresolvedWords += end - start;
        if (!OPEN_SLOT_TYPES.has(type)) unresolvedClosed++;
      }
      slots[name] = slot;
    }
    return { pattern, slots, resolved, unresolvedWords, unresolvedClosed };
  };

  const bestOf = (candidates: Iterable<Pattern>, words: readonly string[]): Candidate | undefined => {
    let best: Candidate | undefined;
    for (const pattern of candidates) {
      const candidate = evaluate(pattern, words);
      if (candidate && (!best || compareCandidates(candidate, best) < 0)) best = candidate;
    }
    return best;
  };

  return {
    invocationName: languageModel.invocationName,
    skillId,
    match(utterance: string): UtteranceMatch {
      const said = matchUnits(tokenize(utterance));
      const readAs = (words: readonly string[]) =>
        words.length > 0 ? bestOf([...(byFirstWord.get(words[0]!) ?? []), ...slotFirst], words) : undefined;
      const trimmed = withoutFillerWords(said);
      const best = readAs(said) ?? (trimmed ? readAs(trimmed) : undefined);
      if (!best) return { intent: emptyIntent(FALLBACK_INTENT), sample: undefined, literalWords: 0 };
      const intent = emptyIntent(best.pattern.intent);
      if (intent.slots) Object.assign(intent.slots, best.slots);
      return { intent, sample: best.pattern.sample, literalWords: best.pattern.literals.length };
    },
    matchSlotAnswer(utterance: string, intentName: string, slotName: string): SlotAnswer | undefined {
      const words = matchUnits(tokenize(utterance));
      const answers = slotPatterns.get(intentName)?.get(slotName);
      if (!answers || words.length === 0) return undefined;
      const best = bestOf(answers, words);
      if (!best?.slots[slotName]) return undefined;
      return { slots: best.slots, literalWords: best.pattern.literals.length };
    },
    emptyIntent,
    builtInIntentFor(utterance: string): string | undefined {
      return builtIns.get(matchUnits(tokenize(utterance)).join(' '));
    },
  };
}

/** Between readings of one pattern: most resolved slots, then fewest unresolved words. */
function compareReadings(a: Candidate, b: Candidate): number {
  return b.resolved - a.resolved || a.unresolvedWords - b.unresolvedWords;
}

/**
 * Between patterns: a reading whose closed-vocabulary slots all heard their values ("in the past hour" as a
 * window, not "the" as a Region), then most literal words (the most specific sample), then the better reading.
 */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    Number(a.unresolvedClosed > 0) - Number(b.unresolvedClosed > 0) ||
    b.pattern.literals.length - a.pattern.literals.length ||
    compareReadings(a, b) ||
    a.pattern.order - b.pattern.order
  );
}

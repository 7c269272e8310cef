import type { InteractionModelData } from '../../../../src/local/simulator/InteractionModelData.js';

/** One sample with its slots filled: the utterance, and what each matcher should hand the skill. */
export interface FilledSample {
  readonly intent: string;
  readonly sample: string;
  readonly utterance: string;
  /** Per slot: the value id (custom types), the digits (NUMBER) or the ISO duration (DURATION). */
  readonly expected: Readonly<Record<string, string>>;
}

const DURATIONS = [
  ['two hours', 'PT2H'],
  ['thirty minutes', 'PT30M'],
  ['a day', 'P1D'],
  ['ten minutes', 'PT10M'],
] as const;

/** Deterministic pseudo-random numbers (mulberry32): the same fills on every run and machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fills every sample of every custom intent with values of its slots' types, picked at random (seeded)
 * among each value's name and synonyms. Two kinds of phrase are not picked, for virtual-alexa's sake (it
 * reads the same utterance): phrases with periods or hyphens ("c. r. m."), which it strips from what is said
 * before comparing, and phrases containing one of the sample's own words ("Bahrain" in "... in {region}"),
 * because its one greedy regular expression per sample splits at the last "in", even inside a word.
 */
export function fillSamples(model: InteractionModelData, random: () => number): FilledSample[] {
  const { intents, types = [] } = model.interactionModel.languageModel;
  const phrases = new Map(
    types.map((type) => [
      type.name,
      (type.values ?? []).flatMap((value) =>
        [value.name.value, ...(value.name.synonyms ?? [])]
          .filter((said) => /^[\p{L} ']+$/u.test(said))
          .map((said) => ({ said, id: value.id ?? value.name.value })),
      ),
    ]),
  );
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const filled: FilledSample[] = [];
  for (const intent of intents) {
    if (intent.name.startsWith('AMAZON.')) continue;
    const slotType = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type ?? '']));
    for (const sample of intent.samples ?? []) {
      const literals = sample
        .replace(/\{\w+\}/g, ' ')
        .toLowerCase()
        .split(/\s+/)
        .filter(Boolean);
      const usable = (list: readonly { said: string; id: string }[]) => {
        const clear = list.filter(({ said }) => !literals.some((word) => said.toLowerCase().includes(word)));
        return clear.length > 0 ? clear : list;
      };
      const expected: Record<string, string> = {};
      const utterance = sample.replace(/\{(\w+)\}/g, (_, name: string) => {
        const type = slotType.get(name)!;
        if (type === 'AMAZON.NUMBER') {
          const code = String(100_000 + Math.floor(random() * 900_000));
          expected[name] = code;
          return code;
        }
        if (type === 'AMAZON.DURATION') {
          const [said, iso] = pick(DURATIONS);
          expected[name] = iso;
          return said;
        }
        const { said, id } = pick(usable(phrases.get(type) ?? []));
        expected[name] = id;
        return said;
      });
      filled.push({ intent: intent.name, sample, utterance, expected });
    }
  }
  return filled;
}

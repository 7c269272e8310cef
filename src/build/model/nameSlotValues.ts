import type { v1 } from 'ask-smapi-model';
import { matchUnits, tokenize } from '../../local/simulator/tokenize.js';
import { saysEnvironmentFirst, spokenForms } from '../../skill/domain/fleet/spokenForms.js';
import { withSynonyms } from './withSynonyms.js';

type SlotTypeValue = v1.skill.interactionModel.TypeValue;

/** Two names that sound the same: who keeps the phrase (its own name), or nobody. */
export interface NameCollision {
  readonly phrase: string;
  readonly names: readonly string[];
  readonly keptFor: string | undefined;
}

export interface NameSlotValues {
  readonly values: SlotTypeValue[];
  readonly collisions: NameCollision[];
}

/**
 * Slot values for fleet names: id = the name the skill looks up, value = its spoken form, synonyms = the
 * other ways people say it. A phrase two names share would resolve to both, so it goes to the name it is
 * the name read in full of ("h. r." stays hr's, not hr-staging's), or to neither, and is reported either way.
 * `nouns` make more synonyms ("blog database", "blog instance"); `readings` add a locale's readings of a
 * name (its `instance-ja` tag). `taken` holds phrases already owned by other values of the same type (e.g. the template's environments).
 */
export function nameSlotValues(
  names: readonly string[],
  nouns: readonly string[],
  taken: ReadonlySet<string> = new Set(),
  readings: Readonly<Record<string, readonly string[]>> = {},
): NameSlotValues {
  // A reading ("レポーティング" from an instance-ja tag) is one more way to say the name, claimed like the others.
  const forms = new Map(names.map((name) => [name, [...spokenForms(name), ...(readings[name] ?? [])]]));
  const claims = new Map<string, string[]>();
  for (const [name, said] of forms) {
    for (const phrase of said) {
      const key = keyOf(phrase);
      const owners = claims.get(key) ?? [];
      if (!owners.includes(name)) owners.push(name);
      claims.set(key, owners);
    }
  }
  const owner = new Map<string, string | undefined>();
  const collisions: NameCollision[] = [];
  for (const [key, owners] of claims) {
    if (taken.has(key)) {
      owner.set(key, undefined);
      continue;
    }
    if (owners.length === 1) {
      owner.set(key, owners[0]);
      continue;
    }
    const primary = owners.filter((name) =>
      spokenForms(name, { whole: true }).some((phrase) => keyOf(phrase) === key),
    );
    const keptFor = primary.length === 1 ? primary[0] : undefined;
    owner.set(key, keptFor);
    collisions.push({ phrase: firstSpelling(key, forms), names: owners, keptFor });
  }
  const values: SlotTypeValue[] = [];
  for (const [name, said] of forms) {
    const kept = said.filter((phrase) => owner.get(keyOf(phrase)) === name);
    if (kept.length === 0) continue;
    // "the blog database": also what people say, and SMAPI wants every value to have a synonym. The
    // environment said first takes the noun too: "the dev reporting database" for reporting-dev.
    const bases = kept.filter(
      (phrase, i) => i === 0 || (saysEnvironmentFirst(phrase) && !saysEnvironmentFirst(kept[0]!)),
    );
    const withNoun = bases
      .flatMap((base) => nouns.map((noun) => `${base} ${noun}`))
      .filter((phrase) => !owner.has(keyOf(phrase)));
    values.push(withSynonyms(name, kept[0]!, [...kept.slice(1), ...withNoun]));
  }
  return { values, collisions };
}

/** Phrases compare as Alexa hears them: "h. r." and "h r" are the same words; Japanese by its characters. */
export function keyOf(phrase: string): string {
  return matchUnits(tokenize(phrase)).join(' ');
}

function firstSpelling(key: string, forms: ReadonlyMap<string, readonly string[]>): string {
  for (const said of forms.values()) {
    const match = said.find((phrase) => keyOf(phrase) === key);
    if (match) return match;
  }
  return key;
}

import type { DbInstanceSummary } from './DbInstanceSummary.js';
import { spokenForms } from './spokenForms.js';

/**
 * Alexa's limits for Dialog.UpdateDynamicEntities as documented and reported (developer.amazon.com, "Use
 * Dynamic Entities for Customized Interactions"; ASK SDK issue threads): at most 100 entities in all per
 * update, across the slot types, each for a slot type the model declares; a value and each synonym no longer
 * than a static slot value (140 characters). Entities last for the session (30 minutes at most).
 */
export const DYNAMIC_ENTITY_LIMITS = {
  entities: 100,
  characters: 140,
  /** Spoken forms kept per name: the full name read both ways, its shortenings, spelled acronyms. */
  synonymsPerEntity: 10,
} as const;

/** One name as Alexa should hear it: the id the skill looks up, its spoken form and other ways to say it. */
export interface NameEntity {
  readonly id: string;
  readonly value: string;
  readonly synonyms: readonly string[];
}

export interface FleetNameEntities {
  readonly instances: readonly NameEntity[];
  readonly applications: readonly NameEntity[];
}

export interface NamePreference {
  /** The Region the request asked about: its names go first. */
  readonly region?: string;
  /** Names used recently, newest first: they go next. */
  readonly recent: readonly string[];
  /** The listener's language ("ja"): a name's reading in it (its instance-ja tag) is one more synonym. */
  readonly language?: string;
}

/**
 * The instance and application names of the inventories held, as dynamic entities within Alexa's limits.
 * A larger fleet keeps the Region asked about first, then the names used most recently, then the rest in
 * alphabetical order; applications keep at least a quarter of the room when there are that many.
 */
export function fleetNameEntities(
  inventories: ReadonlyArray<{ readonly region: string; readonly instances: readonly DbInstanceSummary[] }>,
  preference: NamePreference,
): FleetNameEntities {
  const instanceRegions = new Map<string, Set<string>>();
  const applicationRegions = new Map<string, Set<string>>();
  const readings = new Map<string, string>();
  const note = (map: Map<string, Set<string>>, name: string | undefined, region: string) => {
    if (!name) return;
    map.set(name, (map.get(name) ?? new Set()).add(region));
  };
  const language = preference.language;
  for (const { region, instances } of inventories) {
    for (const instance of instances) {
      note(instanceRegions, instance.name, region);
      note(applicationRegions, instance.application, region);
      const reading = language ? instance.readings?.[language] : undefined;
      if (reading) readings.set(`instance:${instance.name}`, reading);
      const applicationReading = language ? instance.applicationReadings?.[language] : undefined;
      if (instance.application && applicationReading)
        readings.set(`application:${instance.application}`, applicationReading);
    }
  }
  const instances = ranked(instanceRegions, preference);
  const applications = ranked(applicationRegions, preference);
  const room = DYNAMIC_ENTITY_LIMITS.entities;
  const applicationRoom = Math.min(
    applications.length,
    Math.max(room - instances.length, Math.floor(room / 4)),
  );
  return {
    instances: entities(instances.slice(0, room - applicationRoom), (name) =>
      readings.get(`instance:${name}`),
    ),
    applications: entities(applications.slice(0, applicationRoom), (name) =>
      readings.get(`application:${name}`),
    ),
  };
}

function ranked(
  regionsByName: ReadonlyMap<string, ReadonlySet<string>>,
  preference: NamePreference,
): string[] {
  const recency = new Map(preference.recent.map((name, index) => [name, index]));
  const score = (name: string): [number, number] => [
    preference.region !== undefined && regionsByName.get(name)?.has(preference.region) ? 0 : 1,
    recency.get(name) ?? Number.POSITIVE_INFINITY,
  ];
  return [...regionsByName.keys()].sort((a, b) => {
    const [regionA, recentA] = score(a);
    const [regionB, recentB] = score(b);
    return regionA - regionB || recentA - recentB || a.localeCompare(b);
  });
}

/** Phrases compare as Alexa hears them: "h. r." and "h r" are the same words; kana and kanji are kept. */
function keyOf(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[^a-z0-9\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u30fc]+/gu, ' ')
    .trim();
}

/**
 * The entities for names, each phrase given to one name only: a phrase two names share ("ledger" for both
 * ledger and prod-ledger-01) stays with the name it is the full reading of, or with neither, so Alexa never
 * resolves one phrase to two ids.
 */
function entities(names: readonly string[], readingOf: (name: string) => string | undefined): NameEntity[] {
  const forms = new Map(
    names.map((name) => {
      const [first, ...rest] = spokenForms(name);
      // The reading right after the name itself, so the synonym cap never drops it.
      const reading = readingOf(name);
      const said = [first, ...(reading ? [reading] : []), ...rest].filter(
        (phrase): phrase is string =>
          phrase !== undefined && phrase.length <= DYNAMIC_ENTITY_LIMITS.characters,
      );
      return [name, said.length > 0 ? said : [name]] as const;
    }),
  );
  const claims = new Map<string, string[]>();
  for (const [name, said] of forms) {
    for (const key of new Set(said.map(keyOf))) claims.set(key, [...(claims.get(key) ?? []), name]);
  }
  const ownerOf = (key: string): string | undefined => {
    const owners = claims.get(key) ?? [];
    if (owners.length === 1) return owners[0];
    const whole = owners.filter((name) => spokenForms(name, { whole: true }).some((p) => keyOf(p) === key));
    return whole.length === 1 ? whole[0] : undefined;
  };
  const result: NameEntity[] = [];
  for (const [name, said] of forms) {
    const seen = new Set<string>();
    const kept = said.filter((phrase) => {
      const key = keyOf(phrase);
      if (seen.has(key) || ownerOf(key) !== name) return false;
      seen.add(key);
      return true;
    });
    // A name none of whose phrases is its own cannot be told apart by ear: Alexa gets the static model's word.
    const [value, ...synonyms] = kept;
    if (value === undefined || name.length > DYNAMIC_ENTITY_LIMITS.characters) continue;
    result.push({
      id: name,
      value,
      synonyms: synonyms.slice(0, DYNAMIC_ENTITY_LIMITS.synonymsPerEntity),
    });
  }
  return result;
}

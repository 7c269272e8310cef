import { describe, expect, it } from 'vitest';
import { fleetNamesFromFile } from '../../../src/build/model/fleetNamesFromFile.js';
import { demoFleetPath } from '../../../src/local/emulator/fleet/demoFleetPath.js';
import { loadInteractionModel } from '../../../src/local/simulator/loadInteractionModel.js';
import { tokenize } from '../../../src/local/simulator/tokenize.js';
import { ALL_REGIONS_ID, REGIONS, spokenCodeForms } from '../../../src/skill/domain/fleet/regions.js';
import {
  LOG_TYPE_IDS,
  METRIC_IDS,
  NOTIFICATION_STATE_IDS,
  PROPERTY_IDS,
  SESSION_METRIC_IDS,
  WINDOW_IDS,
} from '../../../src/skill/domain/vocabulary.js';
import {
  BUILTIN_INTENTS,
  INTENT_SLOTS,
  SLOT_TYPE_OF,
  SLOT_TYPES,
} from '../../../src/skill/intents/interactionModel.js';
import { validateAgainstSmapiSpec } from './validateAgainstSmapiSpec.js';

/** Every English locale is generated from the one English template (overlays extend en-US): each is checked alike. */
const ENGLISH_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;

const slotReferences = (sample: string): string[] =>
  [...sample.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]!);

/** The words around the slots, the way Alexa compares samples: "what's the {} on {}". */
const carrierPhrase = (sample: string): string =>
  sample
    .split(/\{[^}]*\}/)
    .map((part) => tokenize(part).join(' '))
    .join(' {} ')
    .replace(/\s+/g, ' ')
    .trim();

/** Letters, spaces, apostrophes, hyphens, and periods only right after a single letter ("u. s."). */
function spokenTextProblem(text: string): string | undefined {
  if (/\d/.test(text)) return 'has digits';
  if (!/^[\p{L} .'-]+$/u.test(text))
    return 'has characters other than letters, spaces, periods, apostrophes, hyphens';
  if (/(^|[^\p{L}])\p{L}{2,}\./u.test(text) || /(^|\s)\./.test(text))
    return 'has a period outside an abbreviation';
  if (/\s{2,}/.test(text) || text !== text.trim()) return 'has stray spaces';
  return undefined;
}

describe.each(ENGLISH_LOCALES)('Interaction model: %s', (locale) => {
  const model = loadInteractionModel(locale);
  const { languageModel, dialog, prompts = [] } = model.interactionModel;
  const intents = languageModel.intents;
  const types = languageModel.types ?? [];
  const customIntents = intents.filter((intent) => !intent.name.startsWith('AMAZON.'));
  const intentNamed = (name: string) => intents.find((intent) => intent.name === name);
  const typeNamed = (name: string) => types.find((type) => type.name === name);
  const dialogIntentNamed = (name: string) => dialog?.intents.find((intent) => intent.name === name);

  /** Every sample the console checks: intent samples and slot (elicitation answer) samples. */
  const allSamples = intents.flatMap((intent) => [
    ...(intent.samples ?? []).map((sample) => ({ intent, sample, slot: undefined as string | undefined })),
    ...(intent.slots ?? []).flatMap((slot) =>
      (slot.samples ?? []).map((sample) => ({ intent, sample, slot: slot.name })),
    ),
  ]);

  it('matches the SMAPI InteractionModelData schema shipped with ask-smapi-model', () => {
    // Prepare / Act
    const errors = validateAgainstSmapiSpec(model, 'v1.skill.interactionModel.InteractionModelData');

    // Assess
    expect(errors).toEqual([]);
  });

  it('has an invocation name the console accepts', () => {
    const name = languageModel.invocationName;
    const words = name.split(' ');
    const forbidden = [
      'alexa',
      'amazon',
      'echo',
      'computer',
      'skill',
      'app',
      'launch',
      'ask',
      'tell',
      'load',
      'begin',
      'enable',
      'open',
      'start',
      'play',
      'resume',
      'run',
      'use',
      'to',
      'from',
      'by',
      'if',
      'and',
      'whether',
    ];

    expect(name).toBe('database fleet');
    expect(words.length).toBeGreaterThanOrEqual(2);
    expect(name).toMatch(/^[a-z][a-z .']*[a-z]$/);
    expect(words.filter((word) => forbidden.includes(word))).toEqual([]);
  });

  it('declares every intent of the slot contract with exactly its slots and their types', () => {
    for (const [name, slots] of Object.entries(INTENT_SLOTS)) {
      const intent = intentNamed(name);
      expect(intent, name).toBeDefined();
      expect(intent?.slots?.map((slot) => slot.name).sort(), name).toEqual([...slots].sort());
      for (const slot of intent?.slots ?? []) {
        expect(slot.type, `${name}.${slot.name}`).toBe(SLOT_TYPE_OF[slot.name as keyof typeof SLOT_TYPE_OF]);
      }
    }
    expect(customIntents.map((intent) => intent.name).sort()).toEqual(Object.keys(INTENT_SLOTS).sort());
  });

  it('declares the built-in intents, yes and no for "did you mean", with no samples on the fallback intent', () => {
    for (const name of [...BUILTIN_INTENTS, 'AMAZON.YesIntent', 'AMAZON.NoIntent'])
      expect(intentNamed(name), name).toBeDefined();
    expect(intentNamed('AMAZON.FallbackIntent')?.samples ?? []).toEqual([]);
  });

  it('has at least eight sample utterances per custom intent', () => {
    const thin = customIntents
      .filter((intent) => (intent.samples ?? []).length < 8)
      .map((intent) => intent.name);

    expect(thin).toEqual([]);
  });

  it('writes every sample with the characters Alexa accepts', () => {
    const problems = allSamples.flatMap(({ intent, sample }) => {
      const problem = spokenTextProblem(sample.replace(/\{[^}]*\}/g, 'x'));
      const glued = /[^\s]\{|\}[^\s]/.test(sample) ? 'has a slot not separated by spaces' : undefined;
      return [problem, glued].filter(Boolean).map((why) => `${intent.name}: "${sample}" ${why}`);
    });

    expect(problems).toEqual([]);
  });

  it('refers only to slots the intent declares, each at most once per sample', () => {
    const problems = allSamples.flatMap(({ intent, sample, slot }) => {
      const declared = new Set((intent.slots ?? []).map((candidate) => candidate.name));
      const references = slotReferences(sample);
      const issues = references
        .filter((name) => !declared.has(name))
        .map((name) => `${intent.name}: "${sample}" uses undeclared {${name}}`);
      if (new Set(references).size !== references.length)
        issues.push(`${intent.name}: "${sample}" repeats a slot`);
      if (slot && !references.includes(slot))
        issues.push(`${intent.name}.${slot}: "${sample}" lacks {${slot}}`);
      return issues;
    });

    expect(problems).toEqual([]);
  });

  it('uses only defined or AMAZON.* slot types, and defines no unused type', () => {
    const used = new Set(intents.flatMap((intent) => (intent.slots ?? []).map((slot) => slot.type ?? '')));
    const defined = new Set(types.map((type) => type.name));

    expect([...used].filter((type) => !type.startsWith('AMAZON.') && !defined.has(type))).toEqual([]);
    expect([...defined].filter((type) => !used.has(type))).toEqual([]);
    expect([...defined].sort()).toEqual(Object.values(SLOT_TYPES).sort());
  });

  it('never lets one utterance fit two intents: a shared carrier phrase needs slot types with no phrase in common', () => {
    // Alexa accepts "what's the {metric} of {instance}" beside "what's the {property} of {instance}": the
    // values tell them apart. Only a carrier whose slot types could hear the same words is a conflict.
    const phrases = new Map(
      types.map((type) => [
        type.name,
        new Set(
          (type.values ?? []).flatMap((value) =>
            [value.name.value, ...(value.name.synonyms ?? [])].map((said) => tokenize(said).join(' ')),
          ),
        ),
      ]),
    );
    const overlap = (a: string, b: string) =>
      a === b || [...(phrases.get(a) ?? [])].some((said) => phrases.get(b)?.has(said));
    const owners = new Map<string, { intent: string; types: string[] }[]>();
    for (const intent of intents) {
      const slotType = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type ?? '']));
      for (const sample of intent.samples ?? []) {
        const key = carrierPhrase(sample);
        const list = owners.get(key) ?? [];
        list.push({
          intent: intent.name,
          types: slotReferences(sample).map((name) => slotType.get(name) ?? ''),
        });
        owners.set(key, list);
      }
    }
    const conflicts = [...owners].flatMap(([key, list]) =>
      list.flatMap((a, i) =>
        list
          .slice(i + 1)
          .filter((b) => b.intent !== a.intent && a.types.every((type, n) => overlap(type, b.types[n] ?? '')))
          .map((b) => `${key}: ${a.intent} (${a.types}) and ${b.intent} (${b.types})`),
      ),
    );

    expect(conflicts).toEqual([]);
  });

  it('repeats no sample inside an intent', () => {
    // Exact repeats, as the console reports them ("what's" and "what is" are two samples to it).
    const repeated = intents.flatMap((intent) => {
      const samples = (intent.samples ?? []).map((sample) =>
        sample.toLowerCase().replace(/\s+/g, ' ').trim(),
      );
      return samples
        .filter((sample, index) => samples.indexOf(sample) !== index)
        .map((s) => `${intent.name}: ${s}`);
    });

    expect(repeated).toEqual([]);
  });

  it('lists every commercial Region with its code as id, its spoken name and its aliases as synonyms', () => {
    const region = typeNamed(SLOT_TYPES.REGION);
    for (const info of REGIONS) {
      const value = region?.values?.find((candidate) => candidate.id === info.code);
      expect(value?.name.value, info.code).toBe(info.spoken);
      expect(value?.name.synonyms, info.code).toEqual(
        expect.arrayContaining([...info.aliases, ...spokenCodeForms(info.code)]),
      );
    }
    const all = region?.values?.find((candidate) => candidate.id === ALL_REGIONS_ID);
    expect([all?.name.value, ...(all?.name.synonyms ?? [])]).toEqual(
      expect.arrayContaining(['all regions', 'every region', 'everywhere']),
    );
    expect(region?.values?.length).toBe(REGIONS.length + 1);
  });

  it.each([
    [SLOT_TYPES.METRIC, METRIC_IDS],
    [SLOT_TYPES.PROPERTY, PROPERTY_IDS],
    [SLOT_TYPES.WINDOW, WINDOW_IDS],
    [SLOT_TYPES.LOG_TYPE, LOG_TYPE_IDS],
    [SLOT_TYPES.SESSION_METRIC, SESSION_METRIC_IDS],
    [SLOT_TYPES.NOTIFICATION_STATE, NOTIFICATION_STATE_IDS],
  ])('gives %s exactly the slot ids of the contract', (typeName, ids) => {
    const values = typeNamed(typeName)?.values ?? [];

    expect(values.map((value) => value.id).sort()).toEqual([...ids].sort());
  });

  it('gives DB_INSTANCE and APPLICATION exactly the names of the demo fleet, nothing invented', () => {
    // Prepare
    const demo = fleetNamesFromFile(demoFleetPath, {
      instance: 'instance',
      application: 'application',
      environment: 'environment',
    });
    const ids = (name: string) => (typeNamed(name)?.values ?? []).map((value) => value.id).sort();

    // Assess
    expect(ids(SLOT_TYPES.DB_INSTANCE)).toEqual([...demo.instances].sort());
    expect(ids(SLOT_TYPES.APPLICATION)).toEqual([...demo.applications].sort());
    expect(ids(SLOT_TYPES.ENVIRONMENT)).toEqual(
      expect.arrayContaining([
        'production',
        'staging',
        'development',
        'test',
        'qa',
        'uat',
        ...demo.environments,
      ]),
    );
  });

  it('gives every slot value an id, spoken-text values and synonyms, and no phrase to two ids', () => {
    const problems: string[] = [];
    for (const type of types) {
      const owner = new Map<string, string>();
      for (const value of type.values ?? []) {
        if (!value.id) problems.push(`${type.name}: ${value.name.value} has no id`);
        for (const said of [value.name.value, ...value.name.synonyms]) {
          const problem = spokenTextProblem(said);
          if (problem) problems.push(`${type.name}: "${said}" ${problem}`);
          const key = tokenize(said).join(' ');
          const previous = owner.get(key);
          if (previous !== undefined && previous !== value.id) {
            problems.push(`${type.name}: "${said}" means both ${previous} and ${value.id}`);
          }
          owner.set(key, value.id ?? '');
        }
      }
    }

    expect(problems).toEqual([]);
  });

  it('has a dialog model for every custom intent, mirroring its slots', () => {
    for (const intent of customIntents) {
      const rules = dialogIntentNamed(intent.name);
      expect(rules, intent.name).toBeDefined();
      expect(rules?.slots?.map((slot) => [slot.name, slot.type])).toEqual(
        intent.slots?.map((slot) => [slot.name, slot.type]),
      );
    }
    expect(dialog?.intents.filter((rules) => !intentNamed(rules.name))).toEqual([]);
  });

  it('requires the instance, the MFA code and the things an intent cannot do without, and never the Region', () => {
    const required = (name: string) =>
      (dialogIntentNamed(name)?.slots ?? [])
        .filter((slot) => slot.elicitationRequired)
        .map((slot) => slot.name);
    const perInstance = Object.entries(INTENT_SLOTS)
      .filter(([, slots]) => slots.includes('instance'))
      .map(([name]) => name);

    for (const name of perInstance) expect(required(name), name).toContain('instance');
    expect(required('ListInstancesForApplication')).toContain('application');
    expect(required('CheckInstanceMetric')).toContain('metric');
    expect(required('CheckInstanceProperty')).toContain('property');
    expect(required('CheckLog')).toContain('logType');
    expect(required('CheckInstanceParameter')).toContain('parameter');
    expect(required('RebootInstance')).toContain('mfaCode');
    expect(required('FailoverInstance')).toContain('mfaCode');
    for (const name of Object.keys(INTENT_SLOTS)) expect(required(name), name).not.toContain('region');
  });

  it('leaves reboot and failover confirmation to the skill, which names what it resolved', () => {
    for (const name of ['RebootInstance', 'FailoverInstance']) {
      expect(dialogIntentNamed(name)?.confirmationRequired ?? false, name).toBe(false);
    }
  });

  it('has an elicitation prompt for every required slot and for every region slot', () => {
    const missing = (dialog?.intents ?? []).flatMap((rules) =>
      (rules.slots ?? [])
        .filter((slot) => (slot.elicitationRequired || slot.name === 'region') && !slot.prompts.elicitation)
        .map((slot) => `${rules.name}.${slot.name}`),
    );

    expect(missing).toEqual([]);
  });

  it('refers only to prompts that exist, and defines none that nothing refers to', () => {
    const defined = new Set(prompts.map((prompt) => prompt.id));
    const referenced = (dialog?.intents ?? []).flatMap((rules) => [
      ...Object.values(rules.prompts ?? {}),
      ...(rules.slots ?? []).flatMap((slot) => Object.values(slot.prompts)),
    ]);

    expect(referenced.filter((id) => !defined.has(id))).toEqual([]);
    expect([...defined].filter((id) => !referenced.includes(id))).toEqual([]);
    expect(prompts.length).toBe(defined.size);
  });

  it('lets the elicitation prompts mention only slots of their own intent', () => {
    const byId = new Map(prompts.map((prompt) => [prompt.id, prompt]));
    const problems = (dialog?.intents ?? []).flatMap((rules) => {
      const declared = new Set((rules.slots ?? []).map((slot) => slot.name));
      return (rules.slots ?? []).flatMap((slot) =>
        (byId.get(slot.prompts.elicitation ?? '')?.variations ?? []).flatMap((variation) =>
          slotReferences(variation.value)
            .filter((name) => !declared.has(name))
            .map((name) => `${rules.name}.${slot.name}: "${variation.value}" uses {${name}}`),
        ),
      );
    });

    expect(problems).toEqual([]);
  });
});

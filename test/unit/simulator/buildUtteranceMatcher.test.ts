import type { Slot } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { buildUtteranceMatcher } from '../../../src/local/simulator/buildUtteranceMatcher.js';
import { builtInIntentPhrases } from '../../../src/local/simulator/builtInIntentPhrases.js';
import { compileSample } from '../../../src/local/simulator/compileSample.js';
import { loadInteractionModel } from '../../../src/local/simulator/loadInteractionModel.js';

const SKILL_ID = 'amzn1.ask.skill.test-skill';
const model = loadInteractionModel('en-US');
const matcher = buildUtteranceMatcher(model, { skillId: SKILL_ID });

const resolvedId = (slot: Slot | undefined) =>
  slot?.resolutions?.resolutionsPerAuthority?.[0]?.status.code === 'ER_SUCCESS_MATCH'
    ? slot.resolutions.resolutionsPerAuthority[0]?.values[0]?.value.id
    : undefined;

const slotsOf = (utterance: string) => matcher.match(utterance).intent.slots ?? {};

describe('Simulator: utterance matcher', () => {
  it.each([
    ['how many instances in california', 'us-west-1'],
    ['how many instances in Ohio', 'us-east-2'],
    ['how many instances in us west two', 'us-west-2'],
    ['how many instances in u. s. west two', 'us-west-2'],
    ['how many instances in US-West-2', 'us-west-2'],
    ['how many instances in sao paulo', 'sa-east-1'],
    ['how many instances in everywhere', 'ALL'],
    ['how many instances in all regions', 'ALL'],
  ])('resolves the Region in "%s" to %s by value or synonym', (utterance, id) => {
    // Act
    const region = slotsOf(utterance).region;

    // Assess
    expect(resolvedId(region)).toBe(id);
    expect(region?.resolutions?.resolutionsPerAuthority?.[0]?.authority).toBe(
      `amzn1.er-authority.echo-sdk.${SKILL_ID}.REGION`,
    );
  });

  it('gives the canonical name with the id, and the words said as the value', () => {
    const metric = slotsOf("what's the processor usage on hr").metric;

    expect(metric?.value).toBe('processor usage');
    expect(metric?.resolutions?.resolutionsPerAuthority?.[0]?.values).toEqual([
      { value: { name: 'CPU', id: 'CPUUtilization' } },
    ]);
  });

  it('captures names outside the slot values as raw values with ER_SUCCESS_NO_MATCH', () => {
    const match = matcher.match('connect to zeus two in oregon');

    expect(match.intent.name).toBe('ConnectInstance');
    expect(match.intent.slots?.instance?.value).toBe('zeus two');
    expect(match.intent.slots?.instance?.resolutions?.resolutionsPerAuthority?.[0]).toMatchObject({
      status: { code: 'ER_SUCCESS_NO_MATCH' },
      values: [],
    });
    expect(resolvedId(match.intent.slots?.region)).toBe('us-west-2');
  });

  it('reads spoken MFA codes into AMAZON.NUMBER digits', () => {
    expect(slotsOf('failover hr in oregon mfa six four five two eight one').mfaCode?.value).toBe('645281');
    expect(
      slotsOf('reboot hr mfa six hundred forty five thousand two hundred eighty one').mfaCode?.value,
    ).toBe('645281');
    expect(slotsOf('reboot hr with code 645 281').mfaCode?.value).toBe('645281');
  });

  it('reads "ago" into an ISO-8601 AMAZON.DURATION', () => {
    const slots = slotsOf('CPU utilization for hr instance in Oregon thirty minutes ago');

    expect(slots.ago?.value).toBe('PT30M');
    expect(slots.ago?.resolutions).toBeUndefined();
    expect(resolvedId(slots.region)).toBe('us-west-2');
    expect(slotsOf('what was the cpu on hr a day ago').ago?.value).toBe('P1D');
  });

  it('sends every declared slot, empty when not said', () => {
    const intent = matcher.match('how many instances').intent;

    expect(intent).toEqual({
      name: 'NumberOfInstances',
      confirmationStatus: 'NONE',
      slots: {
        region: { name: 'region', confirmationStatus: 'NONE' },
        environment: { name: 'environment', confirmationStatus: 'NONE' },
        application: { name: 'application', confirmationStatus: 'NONE' },
        engine: { name: 'engine', confirmationStatus: 'NONE' },
      },
    });
  });

  it('prefers the most specific sample (most literal words)', () => {
    // "check {property} of {instance}" fits too, with property "alert log"; the log sample says more.
    const log = matcher.match('check alert log of hr instance');
    // "{metric} for {instance}" fits with metric "check alarms"; the alarm sample says more.
    const alarms = matcher.match('check alarms for hr');
    // "connect to {instance}" fits with instance "hr in ireland"; the sample with the Region says more.
    const connect = matcher.match('connect to hr in ireland');

    expect(log.intent.name).toBe('CheckLog');
    expect(resolvedId(log.intent.slots?.logType)).toBe('alert');
    expect(resolvedId(log.intent.slots?.instance)).toBe('hr');
    expect(alarms.intent.name).toBe('ListAlarms');
    expect(connect.intent.slots?.instance?.value).toBe('hr');
    expect(resolvedId(connect.intent.slots?.region)).toBe('eu-west-1');
  });

  it('between readings of one sample, prefers the one whose slot values resolve', () => {
    const slots = slotsOf("what's the cpu on hr now");

    expect(slots.instance?.value).toBe('hr');
    expect(resolvedId(slots.window)).toBe('now');
  });

  it.each([['tell me a joke'], ['what is the weather in paris'], ['bananas'], ['']])(
    'sends "%s" to AMAZON.FallbackIntent',
    (utterance) => {
      expect(matcher.match(utterance)).toMatchObject({
        intent: { name: 'AMAZON.FallbackIntent' },
        sample: undefined,
      });
    },
  );

  it.each([
    ['help', 'AMAZON.HelpIntent'],
    ['what can you do', 'AMAZON.HelpIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['Cancel.', 'AMAZON.CancelIntent'],
    ['never mind', 'AMAZON.CancelIntent'],
    ['go home', 'AMAZON.NavigateHomeIntent'],
    // The answers to "did you mean ...?" (issue 13): no longer the fallback.
    ['yes', 'AMAZON.YesIntent'],
    ['no', 'AMAZON.NoIntent'],
  ])('maps "%s" to %s', (utterance, intent) => {
    expect(matcher.match(utterance).intent.name).toBe(intent);
    expect(matcher.builtInIntentFor(utterance)).toBe(intent);
  });

  it('keeps built-in phrases out of every custom intent', () => {
    const custom = (model.interactionModel.languageModel.intents ?? []).filter(
      (i) => !i.name.startsWith('AMAZON.'),
    );
    const samples = new Set(custom.flatMap((intent) => intent.samples ?? []).map((s) => s.toLowerCase()));

    expect(
      Object.values(builtInIntentPhrases)
        .flat()
        .filter((phrase) => samples.has(phrase)),
    ).toEqual([]);
  });

  it('reads answers to an elicitation from the slot samples, bare or in a phrase', () => {
    expect(matcher.matchSlotAnswer('Oregon', 'CheckInstanceMetric', 'region')?.slots.region?.value).toBe(
      'oregon',
    );
    expect(matcher.matchSlotAnswer('in us east one', 'ListAlarms', 'region')?.slots.region?.value).toBe(
      'us east one',
    );
    expect(
      matcher.matchSlotAnswer('six four five two eight one', 'RebootInstance', 'mfaCode')?.slots,
    ).toMatchObject({
      mfaCode: { value: '645281' },
    });
    expect(
      matcher.matchSlotAnswer('the code is 123456', 'RebootInstance', 'mfaCode')?.slots.mfaCode?.value,
    ).toBe('123456');
    expect(matcher.matchSlotAnswer('no idea', 'RebootInstance', 'mfaCode')).toBeUndefined();
  });

  it('routes every sample of every custom intent back to that intent, with its slots resolved', () => {
    // Each slot type's first value stands in for what a user would say.
    const types = model.interactionModel.languageModel.types ?? [];
    const example = (type: string): { said: string; value: string } => {
      if (type === 'AMAZON.NUMBER') return { said: 'six four five two eight one', value: '645281' };
      if (type === 'AMAZON.DURATION') return { said: 'thirty minutes', value: 'PT30M' };
      const first = types.find((candidate) => candidate.name === type)?.values?.[0];
      return { said: first?.name.value ?? 'x', value: first?.id ?? '' };
    };
    const wrong: string[] = [];
    for (const intent of model.interactionModel.languageModel.intents) {
      if (intent.name.startsWith('AMAZON.')) continue;
      const slotType = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type ?? '']));
      for (const sample of intent.samples ?? []) {
        const expected: Record<string, string> = {};
        const utterance = sample.replace(/\{(\w+)\}/g, (_, name: string) => {
          const { said, value } = example(slotType.get(name)!);
          expected[name] = value;
          return said;
        });
        const match = matcher.match(utterance);
        const got = Object.fromEntries(
          Object.keys(expected).map((name) => {
            const slot = match.intent.slots?.[name];
            return [name, resolvedId(slot) ?? slot?.value];
          }),
        );
        if (match.intent.name !== intent.name || JSON.stringify(got) !== JSON.stringify(expected)) {
          wrong.push(
            `"${utterance}" (${intent.name}: ${sample}) -> ${match.intent.name} ${JSON.stringify(got)}`,
          );
        }
      }
    }

    expect(wrong).toEqual([]);
  });

  it('compiles samples into the same words user input becomes', () => {
    expect(compileSample("what's the {metric} on {instance}")).toEqual([
      { kind: 'word', word: 'what' },
      { kind: 'word', word: 'is' },
      { kind: 'word', word: 'the' },
      { kind: 'slot', name: 'metric' },
      { kind: 'word', word: 'on' },
      { kind: 'slot', name: 'instance' },
    ]);
  });
});

describe('Simulator: courtesy and filler words around a request', () => {
  it.each([
    ['so who am i then', 'WhoAmI'],
    ['please add me to the allow list', 'WhoAmI'],
    ['ok how many instances in oregon please', 'NumberOfInstances'],
  ])('hears "%s" as the request inside it (%s)', (utterance, intent) => {
    // Act
    const { intent: heard } = matcher.match(utterance);

    // Assess
    expect(heard.name).toBe(intent);
  });

  it('keeps a Region read from the words that remain', () => {
    expect(resolvedId(slotsOf('well how many instances in ohio then').region)).toBe('us-east-2');
  });

  it('still falls back when only filler words are said, or the rest is no request', () => {
    expect(matcher.match('ok then').intent.name).toBe('AMAZON.FallbackIntent');
    expect(matcher.match('so what is the weather please').intent.name).toBe('AMAZON.FallbackIntent');
  });
});

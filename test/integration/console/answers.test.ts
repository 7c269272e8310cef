import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleSession } from '../../../src/local/console/ConsoleSession.js';
import type { ConsoleTurn } from '../../../src/local/console/ConsoleTurn.js';
import { repoRoot } from '../../../src/local/console/repoRoot.js';
import { type LocalStack, startLocalStack } from '../../../src/local/console/startLocalStack.js';
import { spokenCode } from './startTestStack.js';

const FLEET = join(repoRoot, 'test/integration/console/fixtures/ledger-fleet.yaml');

/** A value for each slot the dialog model asks for, from the fixture fleet. */
const VALUES: Record<string, string> = {
  instance: 'ledger',
  region: 'oregon',
  application: 'ledger',
  metric: 'cpu',
  property: 'status',
  logType: 'error',
  parameter: 'max connections',
  sessionMetric: 'cpu',
  environment: 'production',
  notificationState: 'on',
  target: 'ledger',
  userName: 'alice',
  role: 'read only',
};

function intentsOf(turn: ConsoleTurn): string[] {
  return turn.exchanges.map(({ request }) =>
    request.request.type === 'IntentRequest' ? request.request.intent.name : request.request.type,
  );
}

/** Not the fallback, not silence, not an apology, nothing a device would reject; open unless a goodbye. */
function expectAnswered(turn: ConsoleTurn, label: string): void {
  expect(turn.error, label).toBeUndefined();
  expect(turn.warnings, label).toEqual([]);
  expect(intentsOf(turn), label).not.toContain('AMAZON.FallbackIntent');
  expect(turn.speech ?? '', label).not.toBe('');
  expect(turn.speech ?? '', label).not.toMatch(/something went wrong|can't help with that/i);
}

describe('Console: every question the skill asks can be answered (your own fleet)', () => {
  let stack: LocalStack;
  const code = () => spokenCode(stack);

  beforeAll(async () => {
    stack = await startLocalStack({
      fleet: FLEET,
      emulatorSettings: { commandDelayMs: 200, invocationVisibleAfterMs: 50, commandPendingMs: 50 },
    });
  });

  afterAll(async () => {
    await stack?.close();
  });

  /** Asks with `setup`, checks the last turn is a question, answers it, and checks the answer is no dead end. */
  async function answer(setup: readonly string[], reply: string, label: string) {
    const session: ConsoleSession = stack.newSession();
    let asked: ConsoleTurn | undefined;
    for (const utterance of setup) asked = await session.say(utterance);
    expect(asked?.sessionEnded, `${label}: a question`).toBe(false);
    const turn = await session.say(reply);
    expectAnswered(turn, `${label} -> "${reply}"`);
    if (reply === 'cancel') expect(turn.speech, label).toBe('Goodbye.');
    if (reply === 'yes' || reply === 'no') expect(turn.sessionEnded, `${label} -> "${reply}"`).toBe(false);
    return turn;
  }

  it('answers every prompt of the dialog model with a value, yes, no or cancel', {
    timeout: 240_000,
  }, async () => {
    // Prepare: for each required slot, a sample that leaves it out, so Alexa asks for it
    const { languageModel, dialog } = stack.model.interactionModel;
    const prompts: { intent: string; slot: string; utterance: string }[] = [];
    for (const intent of dialog?.intents ?? []) {
      for (const slot of (intent.slots ?? []).filter((s) => s.elicitationRequired)) {
        const samples = languageModel.intents.find((i) => i.name === intent.name)?.samples ?? [];
        for (const sample of samples) {
          const slots = [...sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
          if (slots.includes(slot.name) || !slots.every((s) => VALUES[s])) continue;
          const utterance = sample.replace(/\{(\w+)\}/g, (_, s: string) => VALUES[s]!);
          const probe = stack.newSession();
          await probe.say(utterance);
          const pending = probe.alexa.pending;
          if (
            pending?.kind === 'elicit' &&
            pending.intent.name === intent.name &&
            pending.slotName === slot.name
          ) {
            prompts.push({ intent: intent.name, slot: slot.name, utterance });
            break;
          }
        }
      }
    }
    expect(prompts.map((p) => `${p.intent}.${p.slot}`)).toEqual(
      expect.arrayContaining([
        'CheckInstanceMetric.instance',
        'RebootInstance.mfaCode',
        'ListAlarms.instance',
      ]),
    );

    for (const { intent, slot, utterance } of prompts) {
      const value = slot === 'mfaCode' ? code() : VALUES[slot]!;
      // Act + Assess: every answer a user may give
      for (const reply of ['no', 'yes', 'cancel', value]) {
        await answer([utterance], reply, `${intent}.${slot} ("${utterance}")`);
      }
    }
  });

  it('answers "did you mean": yes asks again with the name, no asks which, a name or cancel', {
    timeout: 60_000,
  }, async () => {
    // Act
    const yes = await answer(["what's the cpu on ledgr in oregon"], 'yes', 'did you mean');
    const no = await answer(["what's the cpu on ledgr in oregon"], 'no', 'did you mean');
    const named = await answer(["what's the cpu on ledgr in oregon"], 'inventory api', 'did you mean');
    await answer(["what's the cpu on ledgr in oregon"], 'cancel', 'did you mean');

    // Assess
    expect(yes.speech).toMatch(/^The CPU utilization of ledger in Oregon is [\d.]+ percent\.$/);
    expect(no.speech).toBe('OK. Which instance did you mean? You can also ask me to list them.');
    expect(named.speech).toMatch(/^The CPU utilization of inventory-api in Oregon is /);
  });

  it('answers "which Region?" with a Region, yes, no or cancel', { timeout: 60_000 }, async () => {
    const region = await answer(["what's the cpu on hr"], 'ireland', 'which Region');
    for (const reply of ['yes', 'no', 'cancel'])
      await answer(["what's the cpu on hr"], reply, 'which Region');
    expect(region.speech).toMatch(/^The CPU utilization of hr in Ireland is /);
  });

  it('drops a reboot on no to "which Region?", and answers the skill asking for the code again', {
    timeout: 60_000,
  }, async () => {
    // Act
    const dropped = await answer(['reboot hr'], 'no', 'reboot which Region');
    for (const reply of ['yes', 'no', 'cancel'])
      await answer(['reboot ledger in oregon', 'one two'], reply, 'code again');
    const coded = await answer(['reboot ledger in oregon', 'one two'], code(), 'code again');

    // Assess
    expect(dropped.speech).toBe(
      "OK, I won't reboot hr. Nothing was changed. What else would you like to know?",
    );
    expect(coded.speech).toMatch(/^Reboot ledger in Oregon\?/);
  });

  it('answers the reboot confirmation with no, cancel and yes', { timeout: 60_000 }, async () => {
    const no = await answer(['reboot ledger in oregon', code()], 'no', 'confirm reboot');
    await answer(['reboot ledger in oregon', code()], 'cancel', 'confirm reboot');
    const yes = await answer(['reboot ledger in oregon', code()], 'yes', 'confirm reboot');
    expect(no.speech).toMatch(/^OK, I won't reboot ledger in Oregon\. Nothing was changed\./);
    expect(yes.speech).toMatch(/^Rebooting ledger in Oregon\./);
  });

  it('answers the welcome with a question, yes, no or cancel', { timeout: 60_000 }, async () => {
    const asked = await answer(['open database fleet'], 'how many instances in oregon', 'welcome');
    for (const reply of ['yes', 'no', 'cancel']) await answer(['open database fleet'], reply, 'welcome');
    expect(asked.speech).toBe('You have 3 instances in Oregon.');
  });
});

describe("Console: your fleet's names as dynamic entities", () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startLocalStack({ fleet: FLEET });
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('sends them with a cold Launch, which describes each Region the question then finds held', {
    timeout: 60_000,
  }, async () => {
    // Prepare
    await stack.restartSkill();
    const session = stack.newSession();

    // Act
    const launch = await session.say('open database fleet');
    const first = await session.say('how many instances are there');
    const later = await session.say("what's the cpu on inventory api in oregon");

    // Assess
    const directives = (turn: ConsoleTurn) =>
      turn.exchanges.flatMap((e) => e.response.response.directives ?? []);
    const described = launch.calls.filter((call) => call.operation === 'DescribeDBInstances');
    expect(described.length).toBeGreaterThan(0);
    expect(new Set(described.map((call) => call.region)).size).toBe(described.length);
    expect(first.calls.filter((call) => call.service === 'rds')).toEqual([]);
    expect(first.speech).toMatch(/^You have \d+ instances/);
    expect(directives(first)).toEqual([]);
    expect(directives(launch)).toContainEqual(
      expect.objectContaining({
        type: 'Dialog.UpdateDynamicEntities',
        updateBehavior: 'REPLACE',
        types: expect.arrayContaining([
          expect.objectContaining({
            name: 'DB_INSTANCE',
            values: expect.arrayContaining([
              { id: 'inventory-api', name: { value: 'inventory api', synonyms: ['inventory a. p. i.'] } },
              expect.objectContaining({ id: 'crm' }),
              expect.objectContaining({ id: 'ledger' }),
            ]),
          }),
        ]),
      }),
    );
    expect(session.alexa.dynamicEntityTypes).toEqual(['DB_INSTANCE', 'APPLICATION']);
    const request = later.exchanges[0]?.request.request;
    const slot = request?.type === 'IntentRequest' ? request.intent.slots?.instance : undefined;
    expect(slot?.resolutions?.resolutionsPerAuthority?.[0]).toMatchObject({
      authority: expect.stringContaining('.er-authority.echo-sdk.dynamic.'),
      status: { code: 'ER_SUCCESS_MATCH' },
      values: [{ value: { id: 'inventory-api' } }],
    });
    expect(later.speech).toMatch(/^The CPU utilization of inventory-api in Oregon is /);
  });

  it('sends them with a Launch when the container already holds the inventory', {
    timeout: 60_000,
  }, async () => {
    // Prepare: a one-shot question warmed the container
    await stack.restartSkill();
    await stack.newSession().say('ask database fleet how many instances are there');

    // Act
    const launch = await stack.newSession().say('open database fleet');

    // Assess
    const sent = launch.exchanges.flatMap((e) => e.response.response.directives ?? []);
    expect(sent.map((d) => d.type)).toEqual(['Dialog.UpdateDynamicEntities']);
    expect(launch.calls.filter((call) => call.service === 'rds')).toEqual([]);
  });
});

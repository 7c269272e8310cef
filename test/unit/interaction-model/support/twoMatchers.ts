import type { IntentRequest, RequestEnvelope, Slot } from 'ask-sdk-model';
import { VirtualAlexa } from 'virtual-alexa';
import { buildUtteranceMatcher } from '../../../../src/local/simulator/buildUtteranceMatcher.js';
import type { InteractionModelData } from '../../../../src/local/simulator/InteractionModelData.js';
import { parseSpokenDuration } from '../../../../src/local/simulator/parseSpokenDuration.js';
import { tokenize } from '../../../../src/local/simulator/tokenize.js';

/** What a matcher made of an utterance: the intent and each said slot as its resolved id, else its words. */
export interface Understood {
  readonly intent: string;
  readonly slots: Readonly<Record<string, string>>;
}

export type Understand = (utterance: string) => Promise<Understood>;

const FALLBACK: Understood = { intent: 'AMAZON.FallbackIntent', slots: {} };

function slotValues(slots: Readonly<Record<string, Slot>> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.values(slots ?? {}).flatMap((slot) => {
      const authority = slot.resolutions?.resolutionsPerAuthority?.[0];
      const value =
        authority?.status.code === 'ER_SUCCESS_MATCH'
          ? (authority.values[0]?.value.id ?? slot.value)
          : slot.value;
      return value ? [[slot.name, value]] : [];
    }),
  );
}

/** The project's offline Alexa (src/local/simulator). */
export function simulatorMatcher(model: InteractionModelData): Understand {
  const matcher = buildUtteranceMatcher(model);
  return async (utterance) => {
    const { intent } = matcher.match(utterance);
    return { intent: intent.name, slots: slotValues(intent.slots) };
  };
}

/**
 * virtual-alexa 0.7.8 (Bespoken): an independent matcher reading the same model JSON, offline. It turns each
 * sample into one regular expression, fills custom slots only with listed values or synonyms, and raises
 * "Unable to match utterance" where Alexa would fall back. It has no AMAZON.DURATION: it hands over the words
 * ("two hours"), which are read here as Alexa would send them (PT2H) so both matchers are held to one answer.
 */
export function virtualAlexaMatcher(model: InteractionModelData): Understand {
  const seen: { last?: RequestEnvelope } = {};
  const durationSlots = new Map(
    model.interactionModel.languageModel.intents.map((intent) => [
      intent.name,
      (intent.slots ?? []).filter((slot) => slot.type === 'AMAZON.DURATION').map((slot) => slot.name),
    ]),
  );
  const alexa = VirtualAlexa.Builder()
    .interactionModel(model.interactionModel)
    .handler(
      (request: RequestEnvelope, _context: unknown, callback: (error: null, response: object) => void) => {
        seen.last = request;
        callback(null, { version: '1.0', response: { shouldEndSession: true } });
      },
    )
    .create();
  // utter() first looks for an invocation phrase with an unanchored /(ask|open|launch|talk to|tell)/ and
  // turns "tell me the events ..." or "open a connection ..." into a LaunchRequest: that is its handling of
  // "Alexa, ask <skill> ...", not its matcher. The utterances here are said inside the skill, so it is off.
  Object.assign(alexa, { parseLaunchRequest: () => undefined });
  return async (utterance) => {
    seen.last = undefined;
    try {
      await alexa.utter(utterance);
    } catch (error) {
      if (/Unable to match utterance/.test((error as Error).message)) return FALLBACK;
      throw error;
    }
    const request = (seen.last as RequestEnvelope | undefined)?.request as IntentRequest | undefined;
    if (!request?.intent) return FALLBACK;
    const slots = slotValues(request.intent.slots);
    for (const name of durationSlots.get(request.intent.name) ?? []) {
      if (slots[name]) slots[name] = parseSpokenDuration(tokenize(slots[name])) ?? slots[name];
    }
    return { intent: request.intent.name, slots };
  };
}

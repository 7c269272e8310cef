import { randomUUID } from 'node:crypto';
import type {
  DialogState,
  Directive,
  Intent,
  IntentRequest,
  interfaces,
  Request,
  RequestEnvelope,
  ResponseEnvelope,
  SessionEndedReason,
  Slot,
  SupportedInterfaces,
  ui,
} from 'ask-sdk-model';
import { buildUtteranceMatcher } from './buildUtteranceMatcher.js';
import { DialogModel } from './DialogModel.js';
import { DynamicEntities } from './DynamicEntities.js';
import { defaultSkillId } from './defaultSkillId.js';
import { isExitPhrase } from './exitPhrases.js';
import type { InteractionModelData } from './InteractionModelData.js';
import { alexaTimestamp, interpret } from './interpret.js';
import { outputSpeechText } from './outputSpeechText.js';
import { parseConfirmationAnswer } from './parseConfirmationAnswer.js';
import { parseInvocation } from './parseInvocation.js';
import type { SimulatorExchange, SimulatorTurn } from './SimulatorTurn.js';
import type { SkillInvoker } from './SkillInvoker.js';
import type { UtteranceMatcher } from './UtteranceMatcher.js';
import { understandUtterance } from './understandUtterance.js';

export interface AlexaSessionOptions {
  readonly model: InteractionModelData;
  readonly invoke: SkillInvoker;
  /** Share one matcher between sessions of the same model; built from `model` otherwise. */
  readonly matcher?: UtteranceMatcher;
  readonly skillId?: string;
  readonly locale?: string;
  readonly userId?: string;
  readonly deviceId?: string;
  readonly apiEndpoint?: string;
  readonly apiAccessToken?: string;
  /** An Echo without a screen by default: no interfaces. */
  readonly supportedInterfaces?: SupportedInterfaces;
  /** A device with a screen: its viewport (context.Viewport), sent with Alexa.Presentation.APL supported. */
  readonly viewport?: interfaces.viewport.ViewportState;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

/** What Alexa is waiting for after the last response. */
export type PendingDialog =
  | {
      readonly kind: 'elicit';
      readonly intent: Intent;
      readonly slotName: string;
      readonly by: Driver;
      readonly prompt?: string;
    }
  | { readonly kind: 'confirmIntent'; readonly intent: Intent; readonly by: Driver; readonly prompt?: string }
  | { readonly kind: 'confirmSlot'; readonly intent: Intent; readonly slotName: string; readonly by: Driver };

/** Alexa drives the dialog from the model (auto-delegation, Dialog.Delegate) or the skill does (Elicit/Confirm). */
type Driver = 'alexa' | 'skill';

type MutableTurn = { -readonly [K in keyof SimulatorTurn]: SimulatorTurn[K] } & {
  exchanges: SimulatorExchange[];
  warnings: string[];
};

const FALLBACK_INTENT = 'AMAZON.FallbackIntent';
/** A skill that keeps answering Dialog.Delegate to a COMPLETED dialog would loop forever. */
const MAX_EXCHANGES_PER_TURN = 4;
const MAX_SPEECH_CHARACTERS = 8_000;
const SKILL_FAILED = "There was a problem with the requested skill's response.";

/**
 * One user talking to the skill through an emulated Alexa: builds the request envelopes a device session
 * produces, keeps session attributes, and runs the dialog the way Alexa does (auto-delegation from the
 * dialog model, Dialog.Delegate / ElicitSlot / ConfirmIntent / ConfirmSlot from the skill).
 */
export class AlexaSession {
  public readonly matcher: UtteranceMatcher;
  private readonly dialog: DialogModel;
  private readonly skillId: string;
  private readonly locale: string;
  private readonly userId: string;
  private readonly deviceId: string;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private sessionId: string | undefined;
  private isNew = true;
  private attributes: Record<string, unknown> = {};
  private pendingDialog: PendingDialog | undefined;
  private entities: DynamicEntities | undefined;
  /** Slot types by intent and slot name, to resolve slot values against the session's dynamic entities. */
  private readonly slotTypes: ReadonlyMap<string, ReadonlyMap<string, string>>;

  public constructor(private readonly options: AlexaSessionOptions) {
    this.skillId = options.skillId ?? options.matcher?.skillId ?? defaultSkillId;
    this.matcher = options.matcher ?? buildUtteranceMatcher(options.model, { skillId: this.skillId });
    this.dialog = new DialogModel(options.model);
    this.locale = options.locale ?? 'en-US';
    this.newId = options.newId ?? randomUUID;
    this.now = options.now ?? (() => new Date());
    this.userId = options.userId ?? 'amzn1.ask.account.SIMULATED-USER';
    this.deviceId = options.deviceId ?? 'amzn1.ask.device.SIMULATED-DEVICE';
    this.slotTypes = new Map(
      options.model.interactionModel.languageModel.intents.map((intent) => [
        intent.name,
        new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type ?? ''])),
      ]),
    );
  }

  public get isOpen(): boolean {
    return this.sessionId !== undefined;
  }

  public get sessionAttributes(): Readonly<Record<string, unknown>> {
    return this.attributes;
  }

  /** The slot types the skill gave dynamic entities this session (Dialog.UpdateDynamicEntities). */
  public get dynamicEntityTypes(): string[] {
    return this.entities?.typeNames ?? [];
  }

  /** What Alexa is waiting for (an elicited slot, a yes/no), if anything. */
  public get pending(): PendingDialog | undefined {
    return this.pendingDialog;
  }

  /** "Alexa, open database fleet": a LaunchRequest in a new session. */
  public async launch(utterance?: string): Promise<SimulatorTurn> {
    const turn = newTurn(utterance);
    this.openSession();
    const response = await this.call({ type: 'LaunchRequest', ...this.requestHeader() }, turn);
    if (response) await this.handleResponse(response, undefined, turn);
    return turn;
  }

  /**
   * Everything a user can say: "open database fleet", "ask database fleet to …", an answer to the pending
   * question, or any request (which opens a session first if none is open, like a one-shot invocation).
   */
  public async say(utterance: string): Promise<SimulatorTurn> {
    const invocation = parseInvocation(utterance, this.matcher.invocationName);
    if (invocation.kind === 'launch') return this.launch(utterance);
    const turn = newTurn(utterance);
    if (invocation.kind === 'oneShot') {
      this.openSession();
      await this.startIntent(this.matcher.match(invocation.utterance).intent, turn);
      return turn;
    }
    if (isExitPhrase(utterance)) {
      return this.isOpen ? this.end('USER_INITIATED', utterance) : { ...turn, sessionEnded: true };
    }
    if (!this.isOpen) this.openSession();
    await this.reply(utterance, turn);
    return turn;
  }

  /** Sends an intent as given, bypassing the NLU (e.g. to replay a recorded request). */
  public async sendIntent(intent: Intent, dialogState: DialogState = 'STARTED'): Promise<SimulatorTurn> {
    const turn = newTurn(undefined);
    if (!this.isOpen) this.openSession();
    this.pendingDialog = undefined;
    await this.sendIntentRequest(structuredClone(intent), dialogState, turn);
    return turn;
  }

  /**
   * A touch on what the skill showed: an Alexa.Presentation.APL.UserEvent carrying the SendEvent arguments
   * of the touched component, answered like any request (a session opens first if none is open).
   */
  public async touch(args: readonly unknown[], token: string): Promise<SimulatorTurn> {
    const turn = newTurn(undefined);
    if (!this.isOpen) this.openSession();
    this.pendingDialog = undefined;
    const request = {
      type: 'Alexa.Presentation.APL.UserEvent',
      ...this.requestHeader(),
      token,
      arguments: [...args],
      source: { type: 'TouchWrapper', handler: 'Press', id: '' },
      components: {},
    } as unknown as Request;
    const response = await this.call(request, turn);
    if (response) await this.handleResponse(response, undefined, turn);
    return turn;
  }

  /** Ends the session as Alexa does ("exit", a timeout, an error): a SessionEndedRequest, response ignored. */
  public async end(
    reason: SessionEndedReason = 'USER_INITIATED',
    utterance?: string,
  ): Promise<SimulatorTurn> {
    const turn = newTurn(utterance);
    if (this.isOpen) {
      await this.call({ type: 'SessionEndedRequest', ...this.requestHeader(), reason }, turn);
      this.closeSession();
    }
    turn.sessionEnded = true;
    return turn;
  }

  /** The IntentRequest an utterance would produce now, without sending it (for previews and debugging). */
  public interpret(utterance: string): IntentRequest {
    const pending = this.pendingDialog;
    return interpret(utterance, {
      matcher: this.matcher,
      locale: this.locale,
      now: this.now,
      newId: this.newId,
      ...(pending?.kind === 'elicit' ? { eliciting: pending } : {}),
    });
  }

  private async reply(utterance: string, turn: MutableTurn): Promise<void> {
    const pending = this.pendingDialog;
    this.pendingDialog = undefined;
    if (pending?.kind === 'confirmIntent' || pending?.kind === 'confirmSlot') {
      const answer = parseConfirmationAnswer(utterance);
      if (answer) {
        const intent = structuredClone(pending.intent);
        if (pending.kind === 'confirmIntent') intent.confirmationStatus = answer;
        else {
          const slot = intent.slots?.[pending.slotName];
          if (slot) slot.confirmationStatus = answer;
        }
        await this.continueDialog(intent, turn);
        return;
      }
    }
    if (pending?.kind === 'elicit') {
      const understood = understandUtterance(utterance, this.matcher, pending);
      if (understood.continuesDialog) {
        await this.continueDialog(understood.intent, turn);
        return;
      }
      if (understood.intent.name === FALLBACK_INTENT && pending.by === 'alexa' && pending.prompt) {
        // Alexa asks again rather than leaving its own dialog for the fallback intent.
        this.pendingDialog = pending;
        this.alexaSays(pending.prompt, turn);
        return;
      }
      await this.startIntent(understood.intent, turn);
      return;
    }
    await this.startIntent(this.matcher.match(utterance).intent, turn);
  }

  private async startIntent(intent: Intent, turn: MutableTurn): Promise<void> {
    if (this.dialog.isAutoDelegated(intent.name)) await this.delegate(intent, turn);
    else await this.sendIntentRequest(intent, 'STARTED', turn);
  }

  /**
   * After the user answered a question: auto-delegated intents go back through Alexa's dialog manager (the
   * skill only ever sees COMPLETED, a denial included); otherwise the skill gets the intent IN_PROGRESS and
   * decides the next step (typically Dialog.Delegate again).
   */
  private async continueDialog(intent: Intent, turn: MutableTurn): Promise<void> {
    if (!this.dialog.isAutoDelegated(intent.name)) {
      await this.sendIntentRequest(intent, 'IN_PROGRESS', turn);
    } else if (intent.confirmationStatus === 'DENIED') {
      await this.sendIntentRequest(intent, 'COMPLETED', turn);
    } else {
      await this.delegate(intent, turn);
    }
  }

  /** Alexa's dialog manager: ask for the next missing required slot, then confirm if the model says so. */
  private async delegate(intent: Intent, turn: MutableTurn): Promise<void> {
    const missing = this.dialog.firstMissingRequiredSlot(intent);
    if (missing) {
      const prompt = this.dialog.elicitationPrompt(intent, missing);
      if (!prompt)
        turn.warnings.push(`The dialog model has no elicitation prompt for ${intent.name}.${missing}.`);
      const said = prompt ?? `What is the ${missing}?`;
      this.pendingDialog = { kind: 'elicit', intent, slotName: missing, by: 'alexa', prompt: said };
      this.alexaSays(said, turn);
      return;
    }
    if (this.dialog.requiresConfirmation(intent.name) && intent.confirmationStatus === 'NONE') {
      const prompt = this.dialog.intentConfirmationPrompt(intent) ?? 'Are you sure?';
      this.pendingDialog = { kind: 'confirmIntent', intent, by: 'alexa', prompt };
      this.alexaSays(prompt, turn);
      return;
    }
    await this.sendIntentRequest(intent, 'COMPLETED', turn);
  }

  private async sendIntentRequest(
    intent: Intent,
    dialogState: DialogState,
    turn: MutableTurn,
  ): Promise<void> {
    if (turn.exchanges.length >= MAX_EXCHANGES_PER_TURN) {
      turn.warnings.push(
        `Stopped after ${MAX_EXCHANGES_PER_TURN} requests in one turn: the dialog does not advance.`,
      );
      return;
    }
    const request: IntentRequest = {
      type: 'IntentRequest',
      ...this.requestHeader(),
      dialogState,
      intent: this.withDynamicResolutions(intent),
    };
    const response = await this.call(request, turn);
    if (response) await this.handleResponse(response, intent, turn);
  }

  private async handleResponse(
    envelope: ResponseEnvelope,
    intent: Intent | undefined,
    turn: MutableTurn,
  ): Promise<void> {
    const response = envelope.response;
    // Alexa keeps exactly what the skill returned: omitting sessionAttributes clears them.
    this.attributes = envelope.sessionAttributes ?? {};
    turn.speech = outputSpeechText(response.outputSpeech);
    turn.reprompt = outputSpeechText(response.reprompt?.outputSpeech);
    turn.card = response.card as ui.Card | undefined;
    turn.spokenBy = 'skill';
    if ((turn.speech?.length ?? 0) > MAX_SPEECH_CHARACTERS) {
      turn.warnings.push(
        `outputSpeech is over ${MAX_SPEECH_CHARACTERS} characters: Alexa rejects the response.`,
      );
    }
    this.updateDynamicEntities(response.directives ?? [], turn);
    const directive = response.directives?.find(
      (candidate) =>
        candidate.type.startsWith('Dialog.') && candidate.type !== 'Dialog.UpdateDynamicEntities',
    );
    const dialogDirective =
      directive?.type === 'Dialog.Delegate' ||
      directive?.type === 'Dialog.ElicitSlot' ||
      directive?.type === 'Dialog.ConfirmIntent' ||
      directive?.type === 'Dialog.ConfirmSlot'
        ? directive
        : undefined;
    if (!dialogDirective) {
      // An Echo without a screen closes the session unless the skill explicitly keeps it open.
      if (response.shouldEndSession !== false) this.closeSession(turn);
      return;
    }
    if (response.shouldEndSession === true) {
      turn.warnings.push(`${dialogDirective.type} with shouldEndSession true: Alexa rejects the response.`);
      this.closeSession(turn);
      return;
    }
    const target = structuredClone(dialogDirective.updatedIntent ?? intent);
    if (!target) {
      turn.warnings.push(`${dialogDirective.type} outside an IntentRequest needs updatedIntent.`);
      return;
    }
    switch (dialogDirective.type) {
      case 'Dialog.Delegate':
        if (response.outputSpeech) turn.warnings.push('Dialog.Delegate must not carry outputSpeech.');
        if (this.dialog.isAutoDelegated(target.name)) {
          turn.warnings.push(`Dialog.Delegate for ${target.name}, which the model already auto-delegates.`);
        }
        await this.delegate(target, turn);
        return;
      case 'Dialog.ElicitSlot':
        this.expectSkillQuestion(dialogDirective.type, target, turn, dialogDirective.slotToElicit);
        this.pendingDialog = {
          kind: 'elicit',
          intent: target,
          slotName: dialogDirective.slotToElicit,
          by: 'skill',
        };
        return;
      case 'Dialog.ConfirmSlot':
        this.expectSkillQuestion(dialogDirective.type, target, turn, dialogDirective.slotToConfirm);
        this.pendingDialog = {
          kind: 'confirmSlot',
          intent: target,
          slotName: dialogDirective.slotToConfirm,
          by: 'skill',
        };
        return;
      case 'Dialog.ConfirmIntent':
        this.expectSkillQuestion(dialogDirective.type, target, turn);
        this.pendingDialog = { kind: 'confirmIntent', intent: target, by: 'skill' };
        return;
    }
  }

  /**
   * Dialog.UpdateDynamicEntities: REPLACE keeps the skill's entities for the rest of the session (Alexa keeps
   * them 30 minutes at most; a simulated session is shorter), CLEAR drops them. Types the model does not
   * declare are what Alexa rejects.
   */
  private updateDynamicEntities(directives: readonly Directive[], turn: MutableTurn): void {
    for (const directive of directives) {
      if (directive.type !== 'Dialog.UpdateDynamicEntities') continue;
      if (directive.updateBehavior === 'CLEAR') {
        this.entities = undefined;
        continue;
      }
      const declared = new Set(
        (this.options.model.interactionModel.languageModel.types ?? []).map((type) => type.name),
      );
      for (const type of directive.types ?? []) {
        if (!declared.has(type.name ?? '')) {
          turn.warnings.push(
            `Dialog.UpdateDynamicEntities names slot type ${type.name}, which the model does not declare.`,
          );
        }
      }
      this.entities = new DynamicEntities(directive, this.skillId);
    }
  }

  /** The intent with each slot value also resolved against the session's dynamic entities, listed first. */
  private withDynamicResolutions(intent: Intent): Intent {
    const entities = this.entities;
    if (!entities || !intent.slots) return intent;
    const types = this.slotTypes.get(intent.name);
    const slots: Record<string, Slot> = {};
    for (const [name, slot] of Object.entries(intent.slots)) {
      const dynamic = slot.value ? entities.resolve(types?.get(name) ?? '', slot.value) : undefined;
      if (!dynamic) {
        slots[name] = slot;
        continue;
      }
      const resolutions = {
        resolutionsPerAuthority: [
          dynamic,
          ...(slot.resolutions?.resolutionsPerAuthority ?? []).filter(
            (authority) => !authority.authority.startsWith('amzn1.er-authority.echo-sdk.dynamic.'),
          ),
        ],
      };
      slots[name] = {
        ...slot,
        resolutions,
        ...(slot.slotValue?.type === 'Simple' ? { slotValue: { ...slot.slotValue, resolutions } } : {}),
      };
    }
    return { ...intent, slots };
  }

  /** The skill asks its own question: it must say something, about a slot the intent has. */
  private expectSkillQuestion(type: string, intent: Intent, turn: MutableTurn, slotName?: string): void {
    if (!turn.speech) turn.warnings.push(`${type} without outputSpeech: the user hears nothing.`);
    if (slotName !== undefined && !(slotName in (intent.slots ?? {}))) {
      turn.warnings.push(`${type} names slot ${slotName}, which ${intent.name} does not have.`);
    }
  }

  private alexaSays(prompt: string, turn: MutableTurn): void {
    turn.speech = prompt;
    turn.reprompt = prompt;
    turn.card = undefined;
    turn.spokenBy = 'alexa';
  }

  private async call(request: Request, turn: MutableTurn): Promise<ResponseEnvelope | undefined> {
    const envelope = this.envelope(request);
    this.isNew = false;
    try {
      const response = await this.options.invoke(envelope);
      turn.exchanges.push({ request: envelope, response });
      return response;
    } catch (error) {
      turn.error = error instanceof Error ? error : new Error(String(error));
      if (request.type !== 'SessionEndedRequest') {
        this.alexaSays(SKILL_FAILED, turn);
        turn.reprompt = undefined;
        await this.reportFailure(turn.error);
      }
      this.closeSession(turn);
      return undefined;
    }
  }

  /** Alexa tells the skill its response was unusable; a second failure changes nothing for the user. */
  private async reportFailure(error: Error): Promise<void> {
    const request: Request = {
      type: 'SessionEndedRequest',
      ...this.requestHeader(),
      reason: 'ERROR',
      error: { type: 'INVALID_RESPONSE', message: error.message },
    };
    await this.options.invoke(this.envelope(request)).catch(() => undefined);
  }

  private envelope(request: Request): RequestEnvelope {
    const application = { applicationId: this.skillId };
    const user = { userId: this.userId };
    return {
      version: '1.0',
      session: {
        new: this.isNew,
        sessionId: this.sessionId ?? `amzn1.echo-api.session.${this.newId()}`,
        application,
        user,
        attributes: structuredClone(this.attributes),
      },
      context: {
        System: {
          application,
          user,
          device: { deviceId: this.deviceId, supportedInterfaces: this.options.supportedInterfaces ?? {} },
          apiEndpoint: this.options.apiEndpoint ?? 'https://api.amazonalexa.com',
          apiAccessToken: this.options.apiAccessToken ?? 'simulated-api-access-token',
        },
        ...(this.options.viewport ? { Viewport: this.options.viewport } : {}),
      },
      request,
    };
  }

  private requestHeader(): { requestId: string; timestamp: string; locale: string } {
    return {
      requestId: `amzn1.echo-api.request.${this.newId()}`,
      timestamp: alexaTimestamp(this.now()),
      locale: this.locale,
    };
  }

  private openSession(): void {
    this.sessionId = `amzn1.echo-api.session.${this.newId()}`;
    this.isNew = true;
    this.attributes = {};
    this.pendingDialog = undefined;
    this.entities = undefined;
  }

  private closeSession(turn?: MutableTurn): void {
    this.sessionId = undefined;
    this.pendingDialog = undefined;
    this.entities = undefined;
    if (turn) turn.sessionEnded = true;
  }
}

function newTurn(utterance: string | undefined): MutableTurn {
  return {
    utterance,
    exchanges: [],
    speech: undefined,
    reprompt: undefined,
    card: undefined,
    spokenBy: undefined,
    sessionEnded: false,
    warnings: [],
    error: undefined,
  };
}

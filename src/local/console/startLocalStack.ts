import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { CallRecord } from '../emulator/control/CallRecord.js';
import { createControlClient } from '../emulator/controlClient.js';
import { createEmulator, type Emulator } from '../emulator/createEmulator.js';
import { demoFleetPath } from '../emulator/fleet/demoFleetPath.js';
import type { Fleet } from '../emulator/fleet/Fleet.js';
import { loadFleet } from '../emulator/fleet/loadFleet.js';
import type { EmulatorSettings } from '../emulator/state/EmulatorState.js';
import type { AlexaSessionOptions } from '../simulator/AlexaSession.js';
import { AlexaSession } from '../simulator/AlexaSession.js';
import { defaultSkillId } from '../simulator/defaultSkillId.js';
import type { InteractionModelData } from '../simulator/InteractionModelData.js';
import { interactionModelLocales } from '../simulator/interactionModelLocales.js';
import type { SimulatorTurn } from '../simulator/SimulatorTurn.js';
import { ConsoleSession } from './ConsoleSession.js';
import type { ConsoleTurn } from './ConsoleTurn.js';
import { ensureSkillBundle } from './ensureSkillBundle.js';
import { LocaleModels } from './LocaleModels.js';
import { repoRoot } from './repoRoot.js';
import { SerialQueue } from './SerialQueue.js';
import { SkillContainer } from './SkillContainer.js';
import { skillEnvironment } from './skillEnvironment.js';
import { snapshotSkillBundle } from './snapshotSkillBundle.js';
import { startAlexaApiStub } from './startAlexaApiStub.js';
import { withMfaUser } from './withMfaUser.js';

export interface LocalStackOptions {
  /** A fleet file (YAML or JSON) or a fleet object; the emulator's demo fleet when absent. */
  readonly fleet?: Fleet | string;
  /** The emulator's port; a free one when absent. */
  readonly emulatorPort?: number;
  /** Emulator delays (tests shorten commandDelayMs, rebootMs, ...). */
  readonly emulatorSettings?: Partial<EmulatorSettings>;
  /** 'bundle' (default) runs dist/skill/index.js as Lambda would; 'source' runs src/skill/index.ts via tsx. */
  readonly skill?: 'bundle' | 'source';
  /** A ready bundle folder to run instead of dist/skill (no build check), e.g. a benchmark's own build. */
  readonly bundleDir?: string;
  /** Extra or changed skill environment variables, applied last. */
  readonly env?: Readonly<Record<string, string>>;
  /** Where the skill's log lines go; dropped when absent. */
  readonly logs?: NodeJS.WritableStream;
  /** Where `npm run build` output goes when a build is needed (stderr by default). */
  readonly buildOutput?: NodeJS.WritableStream;
  /** Told why a build starts, before it runs. */
  readonly onBuild?: (reason: string) => void;
  /** The locale of sessions that name none (en-US when absent); any locale with an interaction model works. */
  readonly locale?: string;
  /** Where the interaction models are (<dir>/<locale>.json, e.g. from `npm run model -- --out DIR`). */
  readonly modelDirectory?: string;
}

/** Options of one session; the model, the skill id and the invoker come from the stack. */
export type LocalSessionOptions = Partial<
  Omit<AlexaSessionOptions, 'model' | 'invoke' | 'matcher' | 'skillId'>
>;

/** The emulator, the skill in its container and a factory of simulated Alexa sessions, wired together. */
export interface LocalStack {
  readonly emulator: Emulator;
  /** The fleet the emulator was seeded with (an MFA user added when it has a device but no user). */
  readonly fleet: Fleet;
  /** The skill's environment, as a deployed Lambda would have it (pointed at the emulator). */
  readonly env: Readonly<Record<string, string>>;
  /** The default locale's interaction model. */
  readonly model: InteractionModelData;
  /** The locale of sessions that name none. */
  readonly locale: string;
  /** Every locale with an interaction model (interaction-model/<locale>.json), for a locale switch. */
  readonly locales: readonly string[];
  /** A locale's interaction model (read on first use). */
  modelFor(locale: string): InteractionModelData;
  /** The module the container loads: a file: URL of the bundle snapshot or of src/skill/index.ts. */
  readonly skillEntry: string;
  readonly skillSource: 'bundle' | 'source';
  newSession(options?: LocalSessionOptions): ConsoleSession;
  /** Sends one envelope to the skill, as the Alexa service would call the Lambda. */
  invoke(envelope: RequestEnvelope): Promise<ResponseEnvelope>;
  /** Emulator calls with seq >= `seq` (the emulator's nextSequence before some work started). */
  callsSince(seq: number): CallRecord[];
  /** A cold start of the skill: new container, empty caches, `env` changes applied from now on. */
  restartSkill(env?: Readonly<Record<string, string>>): Promise<void>;
  /** The emulator back to the fleet file (calls, faults and SNS messages cleared) and a cold skill. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** The fleet as an object (the emulator validates it), so the console can complete it before seeding. */
function resolveFleet(fleet: Fleet | string | undefined): Fleet {
  if (fleet === undefined) return loadFleet(demoFleetPath);
  return typeof fleet === 'string' ? loadFleet(fleet) : fleet;
}

async function resolveSkillEntry(options: LocalStackOptions): Promise<{ entry: string; snapshot?: string }> {
  if (options.skill === 'source') {
    return { entry: pathToFileURL(join(repoRoot, 'src/skill/index.ts')).href };
  }
  const bundleDir =
    options.bundleDir ??
    (await ensureSkillBundle({
      repoRoot,
      ...(options.buildOutput ? { buildOutput: options.buildOutput } : {}),
      ...(options.onBuild ? { onBuild: options.onBuild } : {}),
    }));
  const snapshot = await snapshotSkillBundle(bundleDir);
  return { entry: pathToFileURL(join(snapshot, 'index.js')).href, snapshot };
}

/**
 * Starts the AWS emulator over a fleet, runs the skill (the bundle by default, built first when stale) in a
 * Lambda-like container whose environment points every SDK client at the emulator, and hands out simulated
 * Alexa sessions. The terminal console, `say`, the web console, the integration tests and the benchmarks all
 * start from here.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  // The fleet first: a mistake in the user's file is reported before any build starts.
  const seed = withMfaUser(resolveFleet(options.fleet));
  const { entry, snapshot } = await resolveSkillEntry(options);
  const removeSnapshot = () => {
    if (snapshot) rmSync(snapshot, { recursive: true, force: true });
  };
  const emulator = await createEmulator({
    fleet: seed,
    ...(options.emulatorPort !== undefined ? { port: options.emulatorPort } : {}),
    ...(options.emulatorSettings ? { settings: options.emulatorSettings } : {}),
  }).catch((error: unknown) => {
    removeSnapshot();
    throw error;
  });
  const fleet = emulator.state.fleet;
  const env = skillEnvironment({
    fleet,
    emulatorUrl: emulator.url,
    ...(options.env ? { overrides: options.env } : {}),
  });
  const container = new SkillContainer({
    entry,
    typescript: options.skill === 'source',
    env,
    ...(options.logs ? { logs: options.logs } : {}),
  });
  try {
    await container.start();
  } catch (error) {
    await emulator.close();
    removeSnapshot();
    throw error;
  }

  const alexaApi = await startAlexaApiStub();
  const locale = options.locale ?? 'en-US';
  const models = new LocaleModels(options.modelDirectory);
  const { model } = models.get(locale);
  const queue = new SerialQueue();
  const invoke = (envelope: RequestEnvelope) => container.invoke(envelope);
  const callsSince = (seq: number): CallRecord[] =>
    emulator.state.calls
      .filter((call) => call.seq >= seq)
      .map((call) => ({ ...call, faults: [...call.faults] }));

  const runTurn = (work: () => Promise<SimulatorTurn>) =>
    queue.run(async (): Promise<ConsoleTurn> => {
      const before = emulator.state.nextSequence;
      const started = performance.now();
      const turn = await work();
      return {
        ...turn,
        calls: callsSince(before),
        progressive: turn.exchanges.flatMap(({ request }) =>
          alexaApi.progressiveFor(request.request.requestId),
        ),
        durationMs: Math.round(performance.now() - started),
      };
    });

  return {
    emulator,
    fleet,
    get env() {
      return container.environment;
    },
    model,
    locale,
    locales: interactionModelLocales(options.modelDirectory),
    modelFor: (other) => models.get(other).model,
    skillEntry: entry,
    skillSource: options.skill ?? 'bundle',
    newSession: (sessionOptions = {}) => {
      // The session's locale picks the model Alexa understands it with and goes into every request envelope.
      const sessionLocale = sessionOptions.locale ?? locale;
      return new ConsoleSession(
        new AlexaSession({
          apiEndpoint: alexaApi.url,
          ...sessionOptions,
          locale: sessionLocale,
          ...models.get(sessionLocale),
          invoke,
          skillId: defaultSkillId,
        }),
        runTurn,
      );
    },
    invoke,
    callsSince,
    restartSkill: (changes) => queue.run(() => container.restart(changes)),
    reset: () =>
      queue.run(async () => {
        await createControlClient(emulator.url).reset();
        await container.restart();
      }),
    close: async () => {
      await container.stop();
      await alexaApi.close();
      await emulator.close();
      removeSnapshot();
    },
  };
}

import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { type SerialisedError, SkillInvocationFailed } from './SkillInvocationFailed.js';

export interface SkillContainerOptions {
  /** file: URL of the module exporting `handler` (the bundle's index.js or src/skill/index.ts). */
  readonly entry: string;
  /** Load `entry` through tsx (the TypeScript source). */
  readonly typescript: boolean;
  /** The whole environment of the container: nothing of the console's own process.env leaks in. */
  readonly env: Readonly<Record<string, string>>;
  /** Where the skill's stdout/stderr (Powertools log lines, SDK warnings) go; dropped when absent. */
  readonly logs?: NodeJS.WritableStream;
  /** What context.getRemainingTimeInMillis() counts down from, like the function's timeout. */
  readonly timeoutMs?: number;
}

type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'loadFailed'; readonly error: SerialisedError }
  | {
      readonly type: 'result';
      readonly id: number;
      readonly response?: ResponseEnvelope;
      readonly error?: SerialisedError;
    };

const WORKER_FILE = new URL('./skillWorker.mjs', import.meta.url);

/**
 * One warm Lambda container of the skill, in a worker thread: its own process.env (so the SDK reads
 * AWS_ENDPOINT_URL from the container, not from the console), its own module cache (restart() is a true cold
 * start) and its own stdout (the skill's JSON log lines never interleave with the console's output).
 */
export class SkillContainer {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private nextId = 1;
  private env: Readonly<Record<string, string>>;
  private readonly pending = new Map<
    number,
    { resolve: (response: ResponseEnvelope) => void; reject: (error: Error) => void }
  >();

  constructor(private readonly options: SkillContainerOptions) {
    this.env = { ...options.env };
  }

  /** The environment the current (or next) container runs with. */
  get environment(): Readonly<Record<string, string>> {
    return this.env;
  }

  /** Loads the skill module (module load only: the skill itself initialises on the first request). */
  start(): Promise<void> {
    this.ready ??= this.spawn();
    return this.ready;
  }

  async invoke(event: RequestEnvelope): Promise<ResponseEnvelope> {
    await this.start();
    const worker = this.worker;
    if (!worker)
      throw new SkillInvocationFailed({
        name: 'ContainerStopped',
        message: 'the skill container is stopped',
      });
    const id = this.nextId++;
    return new Promise<ResponseEnvelope>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, event });
    });
  }

  /**
   * A cold start: warm caches (Region inventories, clients) are gone and the environment is read again,
   * with `env` changes applied (a benchmark switching REQUEST_BUDGET_MS, a test turning the cache on).
   */
  async restart(env: Readonly<Record<string, string>> = {}): Promise<void> {
    await this.stop();
    this.env = { ...this.env, ...env };
    await this.start();
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    this.failPending({ name: 'ContainerStopped', message: 'the skill container was stopped' });
    if (worker) await worker.terminate();
  }

  private spawn(): Promise<void> {
    const worker = new Worker(WORKER_FILE, {
      env: { ...this.env },
      workerData: {
        entry: this.options.entry,
        typescript: this.options.typescript,
        functionName: this.env.AWS_LAMBDA_FUNCTION_NAME ?? 'dbvoice-skill-local',
        timeoutMs: this.options.timeoutMs ?? 10_000,
      },
      stdout: true,
      stderr: true,
    });
    this.worker = worker;
    this.drain(worker.stdout);
    this.drain(worker.stderr);
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'loadFailed') {
          reject(new SkillInvocationFailed(message.error));
          void this.stop();
        } else this.settle(message);
      });
      worker.on('error', (error) => {
        reject(error);
        this.failPending({
          name: error.name,
          message: error.message,
          ...(error.stack ? { stack: error.stack } : {}),
        });
      });
      worker.on('exit', (code) => {
        if (this.worker !== worker) return;
        // The container died under a request (process.exit, out of memory): the next request starts a new one.
        this.worker = undefined;
        this.ready = undefined;
        reject(new Error(`the skill container exited with code ${code} while loading`));
        this.failPending({
          name: 'ContainerExited',
          message: `the skill container exited with code ${code}`,
        });
      });
    });
  }

  private settle(message: Extract<WorkerMessage, { type: 'result' }>): void {
    const waiter = this.pending.get(message.id);
    if (!waiter) return;
    this.pending.delete(message.id);
    if (message.error) waiter.reject(new SkillInvocationFailed(message.error));
    else if (message.response) waiter.resolve(message.response);
    else
      waiter.reject(
        new SkillInvocationFailed({ name: 'EmptyResponse', message: 'the handler returned nothing' }),
      );
  }

  private failPending(error: SerialisedError): void {
    for (const waiter of this.pending.values()) waiter.reject(new SkillInvocationFailed(error));
    this.pending.clear();
  }

  /** A worker's piped stream must be read or the skill blocks once the pipe buffer is full. */
  private drain(stream: Readable): void {
    const logs = this.options.logs;
    if (logs) stream.pipe(logs, { end: false });
    else stream.resume();
  }
}

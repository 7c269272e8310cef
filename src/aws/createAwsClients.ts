import type { AwsCallRecorder } from './AwsCallRecorder.js';
import type { AwsClients, ClientOptions, StaticCredentials } from './AwsClients.js';
import { type ClientTimeouts, DEFAULT_CLIENT_TIMEOUTS } from './ClientTimeouts.js';
import { PromiseCache } from './PromiseCache.js';
import { loadCloudWatch, loadDynamoDb, loadHttpHandler, loadRds, loadSns, loadSsm, loadSts } from './sdk.js';

interface SmithyClient {
  middlewareStack: {
    remove(name: string): boolean;
    add(
      middleware: (
        next: (args: unknown) => Promise<unknown>,
        context: Record<string, unknown>,
      ) => (args: unknown) => Promise<unknown>,
      options: { step: 'initialize'; name: string },
    ): void;
  };
}

/**
 * Builds the per-container client factory. Clients are created on first use and cached per service and
 * Region. The endpoint comes from the SDK's own configuration (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>),
 * which is how the local console points the unchanged clients at the emulator.
 */
export function createAwsClients(
  recorder?: AwsCallRecorder,
  timeouts: ClientTimeouts = DEFAULT_CLIENT_TIMEOUTS,
): AwsClients {
  // A failed module load must not poison the cache for the container's lifetime: PromiseCache forgets it.
  const clients = new PromiseCache<string, unknown>();

  async function baseConfig(region: string, options: ClientOptions = {}) {
    const { NodeHttpHandler } = await loadHttpHandler();
    const once = options.idempotent === false;
    return {
      region,
      // A call that changes something is sent once: a retry after a lost reply would run it twice (or
      // meet the state the first try left, e.g. "instance is rebooting", and be reported as a refusal).
      maxAttempts: once ? 1 : timeouts.maxAttempts,
      requestHandler: new NodeHttpHandler({
        connectionTimeout: timeouts.connectionTimeoutMs,
        requestTimeout: once ? timeouts.nonIdempotentRequestTimeoutMs : timeouts.requestTimeoutMs,
        // @smithy/node-http-handler only warns about a slow response unless told to throw: without this the
        // request would hang on past its timeout.
        throwOnRequestTimeout: true,
      }),
    };
  }

  function instrument<C extends { middlewareStack: object }>(client: C, service: string, region: string): C {
    const stack = (client as unknown as SmithyClient).middlewareStack;
    // The SDK's logger middleware builds a redacted copy of every input and output for its logger even when
    // that logger discards it (NoOpLogger): about 10 ms on the first DescribeDBInstances, and more for
    // every page of a large fleet. The skill never hands the SDK a logger, so the copy is never read.
    stack.remove('loggerMiddleware');
    if (!recorder) return client;
    stack.add(
      (next, context) => async (args) => {
        const record = recorder.recordTo();
        const started = performance.now();
        const operation = String(context.commandName ?? 'unknown').replace(/Command$/, '');
        try {
          const result = await next(args);
          record({ service, operation, region, durationMs: performance.now() - started, ok: true });
          return result;
        } catch (error) {
          record({ service, operation, region, durationMs: performance.now() - started, ok: false });
          throw error;
        }
      },
      { step: 'initialize', name: 'dbvoiceCallRecorder' },
    );
    return client;
  }

  function cached<T>(key: string, create: () => Promise<T>): Promise<T> {
    return clients.get(key, create) as Promise<T>;
  }

  return {
    rds: (region, options = {}) =>
      // Keyed by retry behaviour too: the one-attempt client must never be handed to a reader, nor the reverse.
      cached(`rds:${region}:${options.idempotent === false ? 'once' : 'retrying'}`, async () => {
        const { RDSClient } = await loadRds();
        return instrument(new RDSClient(await baseConfig(region, options)), 'rds', region);
      }),
    cloudWatch: (region) =>
      cached(`cloudwatch:${region}`, async () => {
        const { CloudWatchClient } = await loadCloudWatch();
        return instrument(new CloudWatchClient(await baseConfig(region)), 'cloudwatch', region);
      }),
    ssm: (region) =>
      cached(`ssm:${region}`, async () => {
        const { SSMClient } = await loadSsm();
        return instrument(new SSMClient(await baseConfig(region)), 'ssm', region);
      }),
    sns: (region) =>
      cached(`sns:${region}`, async () => {
        const { SNSClient } = await loadSns();
        return instrument(new SNSClient(await baseConfig(region)), 'sns', region);
      }),
    dynamoDb: (region) =>
      cached(`dynamodb:${region}`, async () => {
        const { DynamoDBClient } = await loadDynamoDb();
        return instrument(new DynamoDBClient(await baseConfig(region)), 'dynamodb', region);
      }),
    sts: (region, credentials?: StaticCredentials) =>
      cached(`sts:${region}:${credentials?.accessKeyId ?? 'default'}`, async () => {
        const { STSClient } = await loadSts();
        // GetSessionToken must never be retried: a second try would reuse the one-time MFA code.
        const config = { ...(await baseConfig(region)), maxAttempts: 1 };
        return instrument(new STSClient(credentials ? { ...config, credentials } : config), 'sts', region);
      }),
  };
}

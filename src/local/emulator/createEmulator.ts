import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { CONTROL_PREFIX } from './control/controlPrefix.js';
import { handleControlRequest } from './control/handleControlRequest.js';
import type { EmulatorRuntime } from './core/EmulatorRuntime.js';
import { killProcessGroup } from './core/killProcessGroup.js';
import { demoFleetPath } from './fleet/demoFleetPath.js';
import type { Fleet } from './fleet/Fleet.js';
import { loadFleet } from './fleet/loadFleet.js';
import { validateFleet } from './fleet/validateFleet.js';
import { handleAwsRequest } from './server/handleAwsRequest.js';
import { serviceTable } from './services/serviceTable.js';
import { createState } from './state/createState.js';
import type { EmulatorSettings, EmulatorState } from './state/EmulatorState.js';
import { resolveSettings } from './state/resolveSettings.js';

export interface EmulatorOptions {
  /** A fleet object, or the path of a YAML/JSON fleet file; the demo fleet when absent. */
  readonly fleet?: Fleet | string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Loopback by default: the emulator accepts any credentials, so it must not listen on a network. */
  readonly host?: string;
  /** Overrides of the fleet file's settings (tests shorten the delays). */
  readonly settings?: Partial<EmulatorSettings>;
  /** Where sql-scripts/run-check is looked for; the repository root by default. */
  readonly repoRoot?: string;
  /** Randomness for fault probabilities and latency ranges. */
  readonly random?: () => number;
  /** How many recent calls the call log keeps (default 10,000). */
  readonly callLogLimit?: number;
}

export interface Emulator {
  /** Base URL for `endpoint` / AWS_ENDPOINT_URL, e.g. http://127.0.0.1:45123 */
  readonly url: string;
  readonly server: Server;
  readonly state: EmulatorState;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function resolveFleet(fleet: Fleet | string | undefined): Fleet {
  if (fleet === undefined) return loadFleet(demoFleetPath);
  if (typeof fleet === 'string') return loadFleet(fleet);
  return validateFleet(fleet, 'fleet');
}

/**
 * Starts an HTTP server that speaks the AWS wire protocols of RDS, CloudWatch, SSM, STS, SNS, Secrets
 * Manager and DynamoDB over a fleet, plus the /_emulator/ control plane. Point unchanged SDK v3 clients at
 * `url` (endpoint option or AWS_ENDPOINT_URL) with any credentials.
 */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const fleet = resolveFleet(options.fleet);
  const state = createState(fleet, resolveSettings(fleet, options.settings), new Date());
  let url = '';
  const runtime: EmulatorRuntime = {
    url: () => url,
    repoRoot: options.repoRoot ?? fileURLToPath(new URL('../../../', import.meta.url)),
    children: new Set(),
    timers: new Set(),
    random: options.random ?? Math.random,
    callLogLimit: options.callLogLimit ?? 10_000,
  };

  const server = createServer((req, res) => {
    readBody(req)
      .then(async (body) => {
        const requestUrl = new URL(req.url ?? '/', 'http://emulator.local');
        if (requestUrl.pathname === CONTROL_PREFIX || requestUrl.pathname.startsWith(`${CONTROL_PREFIX}/`)) {
          handleControlRequest(state, req.method ?? 'GET', requestUrl, body, res);
          return;
        }
        await handleAwsRequest(
          state,
          runtime,
          serviceTable,
          { url: requestUrl, headers: req.headers, body },
          res,
        );
      })
      .catch((error: unknown) => {
        if (res.headersSent || res.destroyed) return;
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`emulator error: ${(error as Error).message}`);
      });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= new Promise<void>((resolve) => {
      for (const timer of runtime.timers) clearTimeout(timer);
      runtime.timers.clear();
      for (const child of runtime.children) killProcessGroup(child);
      runtime.children.clear();
      server.close(() => resolve());
      // Hanging calls (fault injection) and keep-alive sockets would otherwise hold close() open.
      server.closeAllConnections();
    });
    return closed;
  };

  return { url, server, state, close };
}

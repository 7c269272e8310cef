import { createServer } from 'node:http';
import { screenDevice } from '../screenDevice.js';
import type { LocalStack } from '../startLocalStack.js';
import { handleApiRequest } from './handleApiRequest.js';
import { listenWithFallback } from './listenWithFallback.js';
import { SessionRegistry } from './SessionRegistry.js';
import { serveStatic } from './serveStatic.js';

export interface WebConsoleOptions {
  /** 4321 by default; a free port when that one is taken. 0 always picks a free port. */
  readonly port?: number;
}

export interface WebConsole {
  readonly url: string;
  close(): Promise<void>;
}

const DEFAULT_WEB_PORT = 4321;
const HOST = '127.0.0.1';

/**
 * The browser console: one static page and a JSON API over the local stack, on loopback only (the emulator
 * behind it accepts any credentials). Requests naming another Host are refused, so a web page cannot reach it
 * through DNS rebinding.
 */
export async function startWebConsole(
  stack: LocalStack,
  options: WebConsoleOptions = {},
): Promise<WebConsole> {
  // The page draws what the skill shows, so each tab is a device with a screen (the landscape hub), in the
  // locale the page's switch names.
  const sessions = new SessionRegistry(
    (locale) => stack.newSession({ ...screenDevice('hub'), locale }),
    stack.locale,
  );
  let allowedHosts = new Set<string>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      res.writeHead(421, { 'content-type': 'text/plain' });
      res.end('misdirected request');
      return;
    }
    (async () => {
      if (await handleApiRequest(stack, sessions, req, res, url)) return;
      if (req.method === 'GET' && (await serveStatic(url.pathname, res))) return;
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    })().catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`web console error: ${(error as Error).message}`);
    });
  });
  const port = await listenWithFallback(server, options.port ?? DEFAULT_WEB_PORT, HOST);
  allowedHosts = new Set([`${HOST}:${port}`, `localhost:${port}`]);
  return {
    url: `http://${HOST}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

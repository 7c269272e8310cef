import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConsoleTurn } from '../ConsoleTurn.js';
import { currentMfaCode } from '../currentMfaCode.js';
import { exampleUtterances } from '../exampleUtterances.js';
import { serializeTurn } from '../serializeTurn.js';
import type { LocalStack } from '../startLocalStack.js';
import { BadRequest } from './BadRequest.js';
import { readJsonBody } from './readJsonBody.js';
import { SessionRegistry } from './SessionRegistry.js';

/** What an utterance may be: Alexa's own limit on what it transcribes is far below this. */
const MAX_UTTERANCE = 500;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function sessionId(req: IncomingMessage): string {
  const id = req.headers['x-console-session'];
  const value = Array.isArray(id) ? id[0] : id;
  if (!SessionRegistry.isValidId(value)) throw new BadRequest(400, 'X-Console-Session must be a session id');
  return value;
}

/** The tab's locale (X-Console-Locale, from the page's switch): one the stack has a model for. */
function localeOf(stack: LocalStack, req: IncomingMessage | URL): string {
  const value =
    req instanceof URL ? (req.searchParams.get('locale') ?? undefined) : req.headers['x-console-locale'];
  const locale = Array.isArray(value) ? value[0] : value;
  if (locale === undefined || locale === '') return stack.locale;
  if (!stack.locales.includes(locale))
    throw new BadRequest(400, `locale must be one of ${stack.locales.join(', ')}`);
  return locale;
}

function utteranceOf(body: unknown): string {
  const utterance = (body as { utterance?: unknown } | null)?.utterance;
  if (typeof utterance !== 'string' || utterance.trim() === '') {
    throw new BadRequest(400, 'utterance must be a non-empty string');
  }
  if (utterance.length > MAX_UTTERANCE)
    throw new BadRequest(400, `utterance is over ${MAX_UTTERANCE} characters`);
  return utterance.trim();
}

/** A touch as the page sends it: the SendEvent arguments (strings and numbers) and the document's token. */
function touchOf(body: unknown): { args: (string | number)[]; token: string } {
  const { arguments: args, token } = (body ?? {}) as { arguments?: unknown; token?: unknown };
  if (
    !Array.isArray(args) ||
    args.length > 10 ||
    !args.every((a) => (typeof a === 'string' && a.length <= MAX_UTTERANCE) || typeof a === 'number')
  ) {
    throw new BadRequest(400, 'arguments must be an array of at most 10 strings or numbers');
  }
  if (typeof token !== 'string' || token.length > 200) throw new BadRequest(400, 'token must be a string');
  return { args, token };
}

/**
 * POSTs must be JSON: a cross-site page can send a form post to 127.0.0.1 without asking, but a JSON one
 * needs a CORS preflight, which this server never grants.
 */
function requireJson(req: IncomingMessage): void {
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    throw new BadRequest(415, 'send the body as application/json');
  }
}

/** The web console's JSON API. Returns false when the path is not an API route. */
export async function handleApiRequest(
  stack: LocalStack,
  sessions: SessionRegistry,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const route = `${req.method ?? 'GET'} ${url.pathname}`;
  const turn = (result: ConsoleTurn) => sendJson(res, 200, serializeTurn(result));
  try {
    switch (route) {
      case 'GET /api/info':
        sendJson(res, 200, {
          invocationName: stack.modelFor(localeOf(stack, url)).interactionModel.languageModel.invocationName,
          locale: stack.locale,
          locales: stack.locales,
          examples: exampleUtterances(stack.fleet, undefined, localeOf(stack, url)),
          emulatorUrl: stack.emulator.url,
          skillSource: stack.skillSource,
          regions: Object.fromEntries(
            Object.entries(stack.fleet.regions).map(([code, region]) => [
              code,
              region.instances?.length ?? 0,
            ]),
          ),
        });
        return true;
      case 'GET /api/mfa':
        sendJson(res, 200, currentMfaCode(stack.emulator.state) ?? null);
        return true;
      case 'POST /api/say': {
        requireJson(req);
        const id = sessionId(req);
        const utterance = utteranceOf(await readJsonBody(req));
        turn(await sessions.get(id, localeOf(stack, req)).say(utterance));
        return true;
      }
      case 'POST /api/touch': {
        requireJson(req);
        const id = sessionId(req);
        const { args, token } = touchOf(await readJsonBody(req));
        turn(await sessions.get(id, localeOf(stack, req)).touch(args, token));
        return true;
      }
      case 'POST /api/launch':
        requireJson(req);
        turn(await sessions.get(sessionId(req), localeOf(stack, req)).launch());
        return true;
      case 'POST /api/end':
        requireJson(req);
        turn(await sessions.get(sessionId(req), localeOf(stack, req)).end());
        return true;
      case 'POST /api/reset':
        requireJson(req);
        await stack.reset();
        sessions.clear();
        sendJson(res, 200, { reset: true });
        return true;
      case 'GET /api/calls': {
        const since = url.searchParams.get('since');
        if (since !== null) {
          const seq = Number(since);
          if (!Number.isInteger(seq) || seq < 0)
            throw new BadRequest(400, 'since must be a call sequence number');
          sendJson(res, 200, { calls: stack.callsSince(seq + 1) });
          return true;
        }
        // Without ?since: the calls of this tab's last turn, what the page shows next to the answer.
        sendJson(res, 200, { calls: sessions.peek(sessionId(req))?.lastTurn?.calls ?? [] });
        return true;
      }
      default:
        if (!url.pathname.startsWith('/api/')) return false;
        sendJson(res, 404, { error: `no API route ${route}` });
        return true;
    }
  } catch (error) {
    if (error instanceof BadRequest) sendJson(res, error.status, { error: error.message });
    else sendJson(res, 500, { error: `${(error as Error).name}: ${(error as Error).message}` });
    return true;
  }
}

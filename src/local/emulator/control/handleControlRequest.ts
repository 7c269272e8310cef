import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { emulatorNow } from '../core/emulatorNow.js';
import type { EmulatorState } from '../state/EmulatorState.js';
import { resetState } from '../state/resetState.js';
import { CONTROL_PREFIX } from './controlPrefix.js';
import type { FaultRule } from './FaultRule.js';
import { parseFaultRule } from './parseFaultRule.js';
import { summariseState } from './summariseState.js';

const ENDPOINTS = {
  'GET /_emulator/calls':
    'call counts per service and operation, and the call log (?service=&operation=&since=seq)',
  'GET /_emulator/counts': 'only the call counts per service and operation, and the total',
  'DELETE /_emulator/calls': 'clear the call log and counts',
  'GET /_emulator/faults': 'active fault rules',
  'POST /_emulator/faults': 'add a fault rule (or a list of rules)',
  'DELETE /_emulator/faults': 'remove every fault rule',
  'DELETE /_emulator/faults/{id}': 'remove one fault rule',
  'GET /_emulator/sns': 'messages published to SNS (?topic=ARN or name)',
  'POST /_emulator/reset': 'back to the fleet file; clears calls, faults, messages and the clock offset',
  'GET /_emulator/state': 'summary of the emulated account',
  'POST /_emulator/clock': 'advance the emulator clock: {"advanceMs": n}',
} as const;

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function parseBody(body: string): unknown {
  if (body.trim() === '') return undefined;
  return JSON.parse(body);
}

const totalCalls = (state: EmulatorState): number =>
  Object.values(state.counts).reduce((sum, ops) => sum + Object.values(ops).reduce((a, b) => a + b, 0), 0);

type Reply = readonly [status: number, body: unknown];

const reply = (status: number, body: unknown): Reply => [status, body];

function route(state: EmulatorState, method: string, url: URL, payload: unknown): Reply {
  const path = url.pathname.replace(/\/+$/, '');
  const route = `${method} ${path}`;

  if (route === `GET ${CONTROL_PREFIX}`) return reply(200, { endpoints: ENDPOINTS });

  if (route === `GET ${CONTROL_PREFIX}/calls`) {
    const service = url.searchParams.get('service');
    const operation = url.searchParams.get('operation');
    const since = Number(url.searchParams.get('since') ?? 0);
    const calls = state.calls.filter(
      (call) =>
        (!service || call.service === service) &&
        (!operation || call.operation === operation) &&
        call.seq > since,
    );
    return reply(200, { total: totalCalls(state), counts: state.counts, calls });
  }
  if (route === `GET ${CONTROL_PREFIX}/counts`) {
    return reply(200, { total: totalCalls(state), counts: state.counts });
  }
  if (route === `DELETE ${CONTROL_PREFIX}/calls`) {
    state.calls = [];
    state.counts = {};
    return reply(200, { cleared: true });
  }

  if (route === `GET ${CONTROL_PREFIX}/faults`) return reply(200, { faults: state.faults });
  if (route === `POST ${CONTROL_PREFIX}/faults`) {
    const inputs = Array.isArray(payload) ? payload : [payload];
    const created: FaultRule[] = [];
    for (const input of inputs) {
      const rule = parseFaultRule(input);
      if (typeof rule === 'string') return reply(400, { error: rule });
      created.push({ ...rule, id: randomUUID(), applied: 0, skipped: 0 });
    }
    state.faults.push(...created);
    return reply(201, { faults: created });
  }
  if (route === `DELETE ${CONTROL_PREFIX}/faults`) {
    state.faults = [];
    return reply(200, { cleared: true });
  }
  if (method === 'DELETE' && path.startsWith(`${CONTROL_PREFIX}/faults/`)) {
    const id = decodeURIComponent(path.slice(`${CONTROL_PREFIX}/faults/`.length));
    const before = state.faults.length;
    state.faults = state.faults.filter((rule) => rule.id !== id);
    return before === state.faults.length
      ? reply(404, { error: `no fault ${id}` })
      : reply(200, { removed: id });
  }

  if (route === `GET ${CONTROL_PREFIX}/sns`) {
    const topic = url.searchParams.get('topic');
    // A synthesised bastion check publishes when it is due to finish, not when it was planned.
    const now = emulatorNow(state).getTime();
    const messages = state.published.filter(
      (m) => m.at.getTime() <= now && (!topic || m.topicArn === topic || m.topicArn.endsWith(`:${topic}`)),
    );
    return reply(200, { messages });
  }

  if (route === `POST ${CONTROL_PREFIX}/reset`) {
    state.clockOffsetMs = 0;
    resetState(state, emulatorNow(state));
    return reply(200, { reset: true, seededAt: state.seededAt.toISOString() });
  }

  if (route === `GET ${CONTROL_PREFIX}/state`) return reply(200, summariseState(state));

  if (route === `POST ${CONTROL_PREFIX}/clock`) {
    const advance = (payload as { advanceMs?: unknown } | undefined)?.advanceMs;
    if (typeof advance !== 'number' || !Number.isFinite(advance) || advance < 0) {
      return reply(400, { error: 'advanceMs must be a non-negative number' });
    }
    state.clockOffsetMs += advance;
    return reply(200, { now: emulatorNow(state).toISOString(), clockOffsetMs: state.clockOffsetMs });
  }

  return reply(404, { error: `no control endpoint ${route}`, endpoints: ENDPOINTS });
}

/** The control plane on /_emulator/: observe calls, inject faults, read SNS, reset, move the clock. */
export function handleControlRequest(
  state: EmulatorState,
  method: string,
  url: URL,
  body: string,
  res: ServerResponse,
): void {
  let payload: unknown;
  try {
    payload = parseBody(body);
  } catch {
    json(res, 400, { error: 'the body is not valid JSON' });
    return;
  }
  const [status, answer] = route(state, method, url, payload);
  json(res, status, answer);
}

import type { CallRecord } from './control/CallRecord.js';
import type { FaultRule, FaultRuleInput } from './control/FaultRule.js';
import type { StateSummary } from './control/StateSummary.js';

/** Call counts per service, then per operation: { rds: { DescribeDBInstances: 3 } }. */
export type CallCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

export interface CallsResponse {
  readonly total: number;
  readonly counts: CallCounts;
  readonly calls: readonly CallRecord[];
}

/** A published SNS message as GET /_emulator/sns returns it (dates as ISO strings). */
export interface PublishedMessageJson {
  readonly messageId: string;
  readonly region: string;
  readonly topicArn: string;
  readonly subject?: string;
  readonly message: string;
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly at: string;
}

export interface ControlClient {
  calls(filter?: { service?: string; operation?: string; since?: number }): Promise<CallsResponse>;
  counts(): Promise<Omit<CallsResponse, 'calls'>>;
  /** How many calls one operation received (0 when none). */
  count(service: string, operation: string): Promise<number>;
  clearCalls(): Promise<void>;
  faults(): Promise<readonly FaultRule[]>;
  addFault(rule: FaultRuleInput): Promise<FaultRule>;
  removeFault(id: string): Promise<void>;
  clearFaults(): Promise<void>;
  published(topic?: string): Promise<readonly PublishedMessageJson[]>;
  reset(): Promise<void>;
  state(): Promise<StateSummary>;
  advanceClock(ms: number): Promise<void>;
}

/**
 * A typed client for the emulator's /_emulator/ control plane, for tests and benchmarks (they may run in
 * another process than the emulator, so this speaks HTTP rather than touching the state).
 */
export function createControlClient(baseUrl: string): ControlClient {
  const root = `${baseUrl.replace(/\/+$/, '')}/_emulator`;
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${root}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`emulator control ${method} ${path}: ${response.status} ${text}`);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }
  return {
    calls: (filter = {}) => {
      const query = new URLSearchParams();
      if (filter.service) query.set('service', filter.service);
      if (filter.operation) query.set('operation', filter.operation);
      if (filter.since !== undefined) query.set('since', String(filter.since));
      const suffix = query.size > 0 ? `?${query}` : '';
      return call<CallsResponse>('GET', `/calls${suffix}`);
    },
    counts: () => call<Omit<CallsResponse, 'calls'>>('GET', '/counts'),
    count: async (service, operation) => {
      const { counts } = await call<Omit<CallsResponse, 'calls'>>('GET', '/counts');
      return counts[service]?.[operation] ?? 0;
    },
    clearCalls: async () => {
      await call('DELETE', '/calls');
    },
    faults: async () => (await call<{ faults: FaultRule[] }>('GET', '/faults')).faults,
    addFault: async (rule) => {
      const { faults } = await call<{ faults: FaultRule[] }>('POST', '/faults', rule);
      return faults[0]!;
    },
    removeFault: async (id) => {
      await call('DELETE', `/faults/${encodeURIComponent(id)}`);
    },
    clearFaults: async () => {
      await call('DELETE', '/faults');
    },
    published: async (topic) => {
      const suffix = topic ? `?topic=${encodeURIComponent(topic)}` : '';
      return (await call<{ messages: PublishedMessageJson[] }>('GET', `/sns${suffix}`)).messages;
    },
    reset: async () => {
      await call('POST', '/reset');
    },
    state: () => call<StateSummary>('GET', '/state'),
    advanceClock: async (ms) => {
      await call('POST', '/clock', { advanceMs: ms });
    },
  };
}

import type { EmulatorState } from '../state/EmulatorState.js';
import type { FaultRule, FaultRuleInput } from './FaultRule.js';

export interface PickedFaults {
  readonly ids: string[];
  readonly latencyMs: number;
  readonly error: FaultRuleInput['error'];
  readonly hang: boolean;
}

function matches(rule: FaultRule, service: string, operation: string, region: string): boolean {
  if (rule.times !== undefined && rule.applied >= rule.times) return false;
  return (
    (rule.service === undefined || rule.service === '*' || rule.service === service) &&
    (rule.operation === undefined || rule.operation === '*' || rule.operation === operation) &&
    (rule.region === undefined || rule.region === '*' || rule.region === region)
  );
}

/**
 * Every matching rule that fires (after its probability roll) adds its latency; the first one with an error
 * or a hang decides the answer.
 */
export function pickFaults(
  state: EmulatorState,
  service: string,
  operation: string,
  region: string,
  random: () => number,
): PickedFaults {
  const ids: string[] = [];
  let latencyMs = 0;
  let error: FaultRuleInput['error'];
  let hang = false;
  for (const rule of state.faults) {
    if (!matches(rule, service, operation, region)) continue;
    if (rule.probability !== undefined && random() >= rule.probability) continue;
    rule.applied += 1;
    ids.push(rule.id);
    const latency = rule.latencyMs;
    if (typeof latency === 'number') latencyMs += latency;
    else if (latency) latencyMs += latency.min + random() * (latency.max - latency.min);
    if (error === undefined && !hang) {
      if (rule.hang) hang = true;
      else if (rule.error) error = rule.error;
    }
  }
  return { ids, latencyMs: Math.round(latencyMs), error, hang };
}

import type { EmulatorState } from '../state/EmulatorState.js';
import type { FaultRule, FaultRuleInput } from './FaultRule.js';

export interface PickedFaults {
  readonly ids: string[];
  readonly latencyMs: number;
  readonly error: FaultRuleInput['error'];
  readonly hang: boolean;
  readonly drop: boolean;
  /** The operation runs before error / hang / drop answer in its place. */
  readonly afterApply: boolean;
}

/** The call being answered, as the rules see it. */
export interface FaultTarget {
  readonly service: string;
  readonly operation: string;
  readonly region: string;
  readonly input: Readonly<Record<string, unknown>>;
}

function matches(rule: FaultRule, call: FaultTarget): boolean {
  if (rule.times !== undefined && rule.applied >= rule.times) return false;
  const fieldsMatch = Object.entries(rule.input ?? {}).every(([key, value]) => call.input[key] === value);
  return (
    (rule.service === undefined || rule.service === '*' || rule.service === call.service) &&
    (rule.operation === undefined || rule.operation === '*' || rule.operation === call.operation) &&
    (rule.region === undefined || rule.region === '*' || rule.region === call.region) &&
    fieldsMatch
  );
}

/**
 * Every matching rule that fires (after its skip count and probability roll) adds its latency; the first
 * one with an error, a hang or a drop decides the answer, and whether the operation runs first.
 */
export function pickFaults(state: EmulatorState, call: FaultTarget, random: () => number): PickedFaults {
  const ids: string[] = [];
  let latencyMs = 0;
  let error: FaultRuleInput['error'];
  let hang = false;
  let drop = false;
  let afterApply = false;
  for (const rule of state.faults) {
    if (!matches(rule, call)) continue;
    if (rule.skipped < (rule.skip ?? 0)) {
      rule.skipped += 1;
      continue;
    }
    if (rule.probability !== undefined && random() >= rule.probability) continue;
    rule.applied += 1;
    ids.push(rule.id);
    const latency = rule.latencyMs;
    if (typeof latency === 'number') latencyMs += latency;
    else if (latency) latencyMs += latency.min + random() * (latency.max - latency.min);
    if (error === undefined && !hang && !drop) {
      if (rule.hang) hang = true;
      else if (rule.error) error = rule.error;
      else if (rule.drop || rule.afterApply) drop = true;
      afterApply = (hang || drop || error !== undefined) && rule.afterApply === true;
    }
  }
  return { ids, latencyMs: Math.round(latencyMs), error, hang, drop, afterApply };
}

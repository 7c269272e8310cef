import type { FaultRuleInput } from './FaultRule.js';

const KINDS = new Set(['throttling', 'internal', 'unavailable']);

const isScalar = (value: unknown): boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** Checks a fault rule posted to the control API; returns an error message or the rule. */
export function parseFaultRule(value: unknown): FaultRuleInput | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'a fault rule must be an object';
  const rule = value as Record<string, unknown>;
  for (const key of ['service', 'operation', 'region'] as const) {
    if (rule[key] !== undefined && typeof rule[key] !== 'string') return `${key} must be a string`;
  }
  const input = rule.input;
  if (input !== undefined) {
    const ok =
      typeof input === 'object' &&
      input !== null &&
      !Array.isArray(input) &&
      Object.values(input).every(isScalar);
    if (!ok)
      return 'input must be an object of top-level request fields with string, number or boolean values';
  }
  const latency = rule.latencyMs;
  if (latency !== undefined) {
    const ok =
      (typeof latency === 'number' && latency >= 0) ||
      (typeof latency === 'object' &&
        latency !== null &&
        typeof (latency as { min?: unknown }).min === 'number' &&
        typeof (latency as { max?: unknown }).max === 'number' &&
        (latency as { min: number }).min <= (latency as { max: number }).max);
    if (!ok) return 'latencyMs must be a number of ms or { min, max }';
  }
  const error = rule.error;
  if (error !== undefined) {
    const ok =
      (typeof error === 'string' && KINDS.has(error)) ||
      (typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string');
    if (!ok) return 'error must be throttling, internal, unavailable or { code, message?, status? }';
  }
  for (const key of ['hang', 'drop', 'afterApply'] as const) {
    if (rule[key] !== undefined && typeof rule[key] !== 'boolean') return `${key} must be a boolean`;
  }
  if (rule.probability !== undefined) {
    if (typeof rule.probability !== 'number' || rule.probability < 0 || rule.probability > 1) {
      return 'probability must be between 0 and 1';
    }
  }
  if (rule.times !== undefined && (typeof rule.times !== 'number' || rule.times < 1))
    return 'times must be >= 1';
  if (
    rule.skip !== undefined &&
    (typeof rule.skip !== 'number' || !Number.isInteger(rule.skip) || rule.skip < 0)
  )
    return 'skip must be a whole number >= 0';
  return rule as FaultRuleInput;
}

import { MFA_POLICY } from './MFA_POLICY.js';

/** One code check, named by a ticket so settling it twice (a retried write) changes nothing. */
export interface Attempt {
  readonly ticket: string;
  readonly at: number;
}

/**
 * The lockout state of one MFA device or one user: checks on their way to STS, rejections within the
 * window, and the lock. Every function here is pure; MfaGuard stores the result with a conditional write.
 *
 * Why in-flight checks count: the gate admits a code only while `inFlight + rejections < maxRejections`.
 * Eight wrong codes sent at once from eight containers therefore reach STS at most three times, and the
 * lock is set by the third rejection; counting only finished rejections would let all eight through.
 */
export interface AttemptGate {
  readonly lockedUntil: number;
  readonly rejections: readonly Attempt[];
  readonly inFlight: readonly Attempt[];
}

export const OPEN_GATE: AttemptGate = { lockedUntil: 0, rejections: [], inFlight: [] };

/**
 * A check still unsettled after this long was lost with its container (a Lambda timeout, a crash); it stops
 * holding a place. Far longer than any request may run.
 */
const IN_FLIGHT_MS = 60_000;

export type GateClaim =
  | { readonly admitted: true; readonly gate: AttemptGate }
  | { readonly admitted: false; readonly refusal: 'locked'; readonly until: number }
  | { readonly admitted: false; readonly refusal: 'busy' };

export type Verdict = 'accepted' | 'rejected' | 'unknown';

/** The gate without what has aged out: rejections outside the window, lost checks, a past lock. */
export function freshGate(gate: AttemptGate, now: number): AttemptGate {
  return {
    lockedUntil: gate.lockedUntil > now ? gate.lockedUntil : 0,
    rejections: gate.rejections.filter((r) => now - r.at < MFA_POLICY.rejectionWindowMs),
    inFlight: gate.inFlight.filter((a) => now - a.at < IN_FLIGHT_MS),
  };
}

/** Admits one more check, or says why not: locked, or every remaining try is already on its way to STS. */
export function claimAttempt(gate: AttemptGate, ticket: string, now: number): GateClaim {
  const fresh = freshGate(gate, now);
  // Already admitted (a write retried after its reply was lost): one ticket holds one place.
  if (fresh.inFlight.some((a) => a.ticket === ticket)) return { admitted: true, gate: fresh };
  if (fresh.lockedUntil > now) return { admitted: false, refusal: 'locked', until: fresh.lockedUntil };
  if (fresh.inFlight.length + fresh.rejections.length >= MFA_POLICY.maxRejections) {
    return { admitted: false, refusal: 'busy' };
  }
  return { admitted: true, gate: { ...fresh, inFlight: [...fresh.inFlight, { ticket, at: now }] } };
}

/**
 * Settles a check. Accepted or unknown: its place is given back. Rejected: it becomes a rejection, and the
 * third within the window locks for MFA_POLICY.lockMs and starts afresh (the rejections that caused the lock
 * are spent). A ticket not in flight (already settled, or aged out) changes nothing.
 */
export function settleAttempt(gate: AttemptGate, ticket: string, verdict: Verdict, now: number): AttemptGate {
  const fresh = freshGate(gate, now);
  const attempt = fresh.inFlight.find((a) => a.ticket === ticket);
  if (!attempt) return fresh;
  const inFlight = fresh.inFlight.filter((a) => a.ticket !== ticket);
  if (verdict !== 'rejected') return { ...fresh, inFlight };
  const rejections = [...fresh.rejections, { ticket, at: now }];
  if (rejections.length >= MFA_POLICY.maxRejections) {
    return { lockedUntil: now + MFA_POLICY.lockMs, rejections: [], inFlight };
  }
  return { ...fresh, rejections, inFlight };
}

/** Rejections left before the lock. */
export function triesLeft(gate: AttemptGate, now: number): number {
  return Math.max(0, MFA_POLICY.maxRejections - freshGate(gate, now).rejections.length);
}

function attempts(value: unknown): Attempt[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (a): a is Attempt =>
      typeof a === 'object' && a !== null && typeof a.ticket === 'string' && Number.isFinite(a.at),
  );
}

/** A stored gate read defensively: a damaged field falls back to its default. */
export function parseGate(json: string): AttemptGate {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return OPEN_GATE;
  }
  if (typeof raw !== 'object' || raw === null) return OPEN_GATE;
  const record = raw as Record<string, unknown>;
  return {
    lockedUntil:
      typeof record.lockedUntil === 'number' && Number.isFinite(record.lockedUntil) ? record.lockedUntil : 0,
    rejections: attempts(record.rejections),
    inFlight: attempts(record.inFlight),
  };
}

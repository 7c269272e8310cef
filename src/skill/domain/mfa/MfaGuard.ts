import { createHash, randomUUID } from 'node:crypto';
import type { StateTable } from '../state/StateTable.js';
import {
  type AttemptGate,
  claimAttempt,
  freshGate,
  OPEN_GATE,
  parseGate,
  settleAttempt,
  triesLeft,
  type Verdict,
} from './AttemptGate.js';
import { MFA_POLICY } from './MFA_POLICY.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** How long a gate item outlives its last write: past any window and lock, then the TTL may delete it. */
const GATE_RETENTION_MS = 24 * 60 * 60_000;
/** Tries at a contended gate item before giving up; enough for a dozen containers at once. */
const CLAIM_TRIES = 12;
/** A rejection must be recorded: more patience than for a claim, which may simply be refused. */
const SETTLE_TRIES = 30;

/** A check admitted by both gates: settle it with its verdict. */
export interface AttemptTicket {
  readonly ticket: string;
  readonly serial: string;
  readonly userKey: string;
}

export type AttemptAdmission =
  | { readonly admitted: true; readonly ticket: AttemptTicket }
  | { readonly admitted: false; readonly refusal: 'locked'; readonly until: number }
  | { readonly admitted: false; readonly refusal: 'busy' };

export interface SettledAttempt {
  /** Set when this rejection locked the device or the user. */
  readonly lockedUntil?: number;
  /** Rejections left before the lock, the fewer of device and user. */
  readonly triesLeft: number;
}

const CONTENDED = Symbol('contended');

/**
 * The MFA lockout and used-code ledger, race-free across containers, on the state table:
 *
 * - `mfa-code#<sha256(serial:code)>`: one item per code sent to STS, created only if absent. A code is
 *   claimed exactly once whatever the number of containers, and never reaches STS twice.
 * - `mfa-device#<sha256(serial)>` and `mfa-user#<user hash>`: an AttemptGate each. The device is shared by
 *   the team, so a lock on it holds for everyone; the user's lock follows them whatever the device.
 *
 * Each gate changes by read, decide (pure AttemptGate functions), and a write conditional on the version
 * read; a writer that lost the race reads again. Why versions rather than counters updated in place: the
 * 15-minute window slides (a rejection ages out 15 minutes after it happened, not at a fixed window reset),
 * and checks still in flight must count, which needs the list, not a number. Contention is rare (one team,
 * one device) and bounded: a claim that keeps losing is refused as "busy", never let through.
 */
export class MfaGuard {
  constructor(private readonly table: StateTable) {}

  /** When the user's lock ends, or undefined. Reads only the user's own item: no key or device is needed. */
  async userLockedUntil(userKey: string, now: number): Promise<number | undefined> {
    const item = await this.table.get(userGateId(userKey), now);
    const gate = item ? freshGate(parseGate(item.data), now) : OPEN_GATE;
    return gate.lockedUntil > now ? gate.lockedUntil : undefined;
  }

  /** Whether this code was already sent to STS for this device (by anyone). */
  async wasUsed(serial: string, code: string, now: number): Promise<boolean> {
    return (await this.table.get(codeId(serial, code), now)) !== undefined;
  }

  /** Claims the code for this request. False when someone already did: it must not go to STS. */
  claimCode(serial: string, code: string, now: number): Promise<boolean> {
    return this.table.create(codeId(serial, code), '{}', now + MFA_POLICY.usedCodeRetentionMs, now);
  }

  /** Admits one check past the user's gate, then the device's; a refusal by the second gives the first back. */
  async admit(serial: string, userKey: string, now: number): Promise<AttemptAdmission> {
    const ticket: AttemptTicket = { ticket: randomUUID(), serial, userKey };
    const user = await this.claim(userGateId(userKey), ticket.ticket, now);
    if (!user.admitted) return user;
    const device = await this.claim(deviceGateId(serial), ticket.ticket, now);
    if (!device.admitted) {
      await this.change(userGateId(userKey), now, SETTLE_TRIES, (gate) =>
        settleAttempt(gate, ticket.ticket, 'unknown', now),
      );
      return device;
    }
    return { admitted: true, ticket };
  }

  /** Records STS's verdict on both gates (or gives the places back when STS did not answer). */
  async settle(ticket: AttemptTicket, verdict: Verdict, now: number): Promise<SettledAttempt> {
    const gates = await Promise.all(
      [userGateId(ticket.userKey), deviceGateId(ticket.serial)].map((id) =>
        this.change(id, now, SETTLE_TRIES, (gate) => settleAttempt(gate, ticket.ticket, verdict, now)),
      ),
    );
    const settled = gates.filter((gate): gate is AttemptGate => gate !== CONTENDED);
    if (settled.length < gates.length) throw new Error('MFA gate write kept losing: verdict not recorded');
    const lockedUntil = Math.max(...settled.map((gate) => gate.lockedUntil));
    return {
      ...(lockedUntil > now ? { lockedUntil } : {}),
      triesLeft: Math.min(...settled.map((gate) => triesLeft(gate, now))),
    };
  }

  private async claim(
    id: string,
    ticket: string,
    now: number,
  ): Promise<{ admitted: true } | Exclude<AttemptAdmission, { admitted: true }>> {
    let refusal: Exclude<AttemptAdmission, { admitted: true }> = { admitted: false, refusal: 'busy' };
    const result = await this.change(id, now, CLAIM_TRIES, (gate) => {
      const claim = claimAttempt(gate, ticket, now);
      if (claim.admitted) return claim.gate;
      refusal = claim;
      return undefined;
    });
    if (result === CONTENDED || result === undefined) return refusal;
    return { admitted: true };
  }

  /**
   * Reads the gate, applies `decide`, and writes the result only if nobody wrote in between; otherwise
   * reads again. `decide` returning undefined means "no change": nothing is written.
   */
  private async change(
    id: string,
    now: number,
    tries: number,
    decide: (gate: AttemptGate) => AttemptGate | undefined,
  ): Promise<AttemptGate | undefined | typeof CONTENDED> {
    for (let attempt = 0; attempt < tries; attempt += 1) {
      const item = await this.table.get(id, now);
      const next = decide(item ? parseGate(item.data) : OPEN_GATE);
      if (next === undefined) return undefined;
      const data = JSON.stringify(next);
      const expiresAt = now + GATE_RETENTION_MS;
      const written = item
        ? await this.table.replace(id, data, item.version, expiresAt)
        : await this.table.create(id, data, expiresAt, now);
      if (written) return next;
      // Lost the race: let the winner's write land, spread out so the losers do not collide again.
      await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 10 * (attempt + 1)));
    }
    return CONTENDED;
  }
}

function codeId(serial: string, code: string): string {
  return `mfa-code#${sha256(`${serial}:${code}`)}`;
}

function deviceGateId(serial: string): string {
  return `mfa-device#${sha256(serial)}`;
}

function userGateId(userKey: string): string {
  return `mfa-user#${userKey}`;
}

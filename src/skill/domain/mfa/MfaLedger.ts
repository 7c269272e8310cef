import { createHash } from 'node:crypto';
import type { UserState } from '../state/UserState.js';
import { MFA_POLICY } from './MFA_POLICY.js';

/**
 * The MFA part of a user's state at one moment: lockout, rejected codes and used codes. Every method returns
 * a new state and never mutates. Used codes are kept as hashes salted with the user's key: a used code is
 * worthless, but the table still never holds one in clear.
 */
export class MfaLedger {
  constructor(
    private readonly state: UserState,
    private readonly userKey: string,
    private readonly now: number,
  ) {}

  /** When the lock ends, or undefined when tasks are allowed. */
  lockedUntil(): number | undefined {
    return this.state.mfa.lockedUntil > this.now ? this.state.mfa.lockedUntil : undefined;
  }

  wasUsed(code: string): boolean {
    const hash = this.hash(code);
    return this.fresh().usedCodes.some((used) => used.hash === hash);
  }

  /** The state with `code` remembered: saved before the code goes to STS, so it can never go twice. */
  withUsed(code: string): UserState {
    const mfa = this.fresh();
    return {
      ...this.state,
      mfa: {
        ...mfa,
        usedCodes: [...mfa.usedCodes, { hash: this.hash(code), at: this.now }].slice(
          -MFA_POLICY.maxUsedCodes,
        ),
      },
    };
  }

  /** The state after STS rejected a code: locked when this is the third rejection within the window. */
  withRejection(): UserState {
    const mfa = this.fresh();
    const rejections = [...mfa.rejections, this.now];
    if (rejections.length >= MFA_POLICY.maxRejections) {
      // A fresh start after the lock: the rejections that caused it are spent.
      return { ...this.state, mfa: { ...mfa, rejections: [], lockedUntil: this.now + MFA_POLICY.lockMs } };
    }
    return { ...this.state, mfa: { ...mfa, rejections } };
  }

  /** Rejections left before the lock. */
  triesLeft(): number {
    return Math.max(0, MFA_POLICY.maxRejections - this.fresh().rejections.length);
  }

  private fresh(): UserState['mfa'] {
    const { mfa } = this.state;
    return {
      usedCodes: mfa.usedCodes.filter((used) => this.now - used.at < MFA_POLICY.usedCodeRetentionMs),
      rejections: mfa.rejections.filter((at) => this.now - at < MFA_POLICY.rejectionWindowMs),
      lockedUntil: mfa.lockedUntil > this.now ? mfa.lockedUntil : 0,
    };
  }

  private hash(code: string): string {
    return createHash('sha256').update(`${this.userKey}:${code}`, 'utf8').digest('hex');
  }
}

import type { HandlerInput } from 'ask-sdk-core';
import type { MetricWhen } from '../../domain/metrics/MetricQuery.js';
import { SLOTS } from '../interactionModel.js';
import { readSlot } from '../slots/readSlot.js';

const UNIT_MS: Record<string, number> = { W: 604_800_000, D: 86_400_000, H: 3_600_000, M: 60_000, S: 1_000 };

/** Milliseconds of an AMAZON.DURATION value (ISO-8601, e.g. PT30M, PT2H, P1D); undefined if unparsable. */
export function durationMs(iso: string): number | undefined {
  const match =
    /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      iso.trim().toUpperCase(),
    );
  if (!match || iso.trim().toUpperCase() === 'P' || iso.trim().toUpperCase() === 'PT') return undefined;
  const [, w, d, h, m, s] = match;
  const total =
    Number(w ?? 0) * UNIT_MS.W! +
    Number(d ?? 0) * UNIT_MS.D! +
    Number(h ?? 0) * UNIT_MS.H! +
    Number(m ?? 0) * UNIT_MS.M! +
    Number(s ?? 0) * UNIT_MS.S!;
  return total > 0 ? total : undefined;
}

/** Reads "thirty minutes ago" (ago slot) or "over the last hour" (window slot); default is now. */
export function metricWhen(input: HandlerInput): MetricWhen {
  const ago = readSlot(input, SLOTS.ago).spoken;
  const ms = ago ? durationMs(ago) : undefined;
  // CloudWatch keeps one-minute data for 15 days; older questions are answered from what is kept.
  if (ms !== undefined) return { kind: 'ago', ms: Math.min(ms, 15 * 86_400_000) };
  const window = readSlot(input, SLOTS.window).id;
  if (window === 'lastHour' || window === 'lastDay') return { kind: 'window', window };
  return { kind: 'now' };
}

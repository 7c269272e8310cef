import type { MetricReading } from '../domain/metrics/MetricReading.js';

/** How a reading is spoken: a scaled number and the unit's kind, which each locale names in its words. */
export interface ScaledReading {
  readonly value: number;
  readonly unit:
    | 'percent'
    | 'bytes'
    | 'kilobytes'
    | 'megabytes'
    | 'gigabytes'
    | 'terabytes'
    | 'milliseconds'
    | 'seconds'
    | 'microseconds'
    | 'perSecond'
    | 'bytesPerSecond'
    | 'kilobytesPerSecond'
    | 'megabytesPerSecond'
    | 'count'
    | 'none';
}

const BYTE_STEPS = ['bytes', 'kilobytes', 'megabytes', 'gigabytes', 'terabytes'] as const;
const RATE_STEPS = ['bytesPerSecond', 'kilobytesPerSecond', 'megabytesPerSecond'] as const;

function scaleBy1024<T extends string>(value: number, steps: readonly T[]): { value: number; unit: T } {
  let scaled = value;
  let step = 0;
  while (Math.abs(scaled) >= 1024 && step < steps.length - 1) {
    scaled /= 1024;
    step++;
  }
  return { value: scaled, unit: steps[step]! };
}

/**
 * Scales a reading to words people use: bytes to gigabytes, RDS latency (reported in seconds) to
 * milliseconds, byte rates to megabytes per second.
 */
export function scaleReading(reading: MetricReading): ScaledReading {
  const { value, unit } = reading;
  switch (unit) {
    case 'Percent':
      return { value, unit: 'percent' };
    case 'Bytes':
      return scaleBy1024(value, BYTE_STEPS);
    case 'Kilobytes':
      return scaleBy1024(value * 1024, BYTE_STEPS);
    case 'Megabytes':
      return scaleBy1024(value * 1024 ** 2, BYTE_STEPS);
    case 'Gigabytes':
      return scaleBy1024(value * 1024 ** 3, BYTE_STEPS);
    case 'Seconds':
      return value < 1 ? { value: value * 1000, unit: 'milliseconds' } : { value, unit: 'seconds' };
    case 'Milliseconds':
      return value >= 1000 ? { value: value / 1000, unit: 'seconds' } : { value, unit: 'milliseconds' };
    case 'Microseconds':
      return { value: value / 1000, unit: 'milliseconds' };
    case 'Bytes/Second':
      return scaleBy1024(value, RATE_STEPS);
    case 'Count/Second':
      return { value, unit: 'perSecond' };
    case 'Count':
      return { value, unit: 'count' };
    default:
      return { value, unit: 'none' };
  }
}

/** Rounds for speech: two significant decimals below 10, one below 100, none above. */
export function roundForSpeech(value: number): number {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return Number(value.toFixed(digits));
}

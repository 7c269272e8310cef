import { cloudwatchErrors } from './cloudwatchErrors.js';

const HIGH_RESOLUTION = new Set([1, 5, 10, 20, 30]);

/** Periods are 1, 5, 10, 20, 30 or a multiple of 60 seconds. */
export function checkPeriod(period: number): void {
  if (!Number.isInteger(period) || period < 1 || (!HIGH_RESOLUTION.has(period) && period % 60 !== 0)) {
    throw cloudwatchErrors.invalidParameterValue(
      `The parameter Period must be 1, 5, 10, 20, 30, or a multiple of 60 (got ${period}).`,
    );
  }
}

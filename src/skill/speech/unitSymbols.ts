import type { ScaledReading } from './scaleReading.js';

/**
 * Units as a screen's axis writes them: SI symbols, the same in every locale. A locale replaces only the
 * symbols it writes in its own script (Japanese writes 秒 for seconds).
 */
export const UNIT_SYMBOLS: Readonly<Record<ScaledReading['unit'], string>> = {
  percent: '%',
  bytes: 'B',
  kilobytes: 'KB',
  megabytes: 'MB',
  gigabytes: 'GB',
  terabytes: 'TB',
  milliseconds: 'ms',
  seconds: 's',
  microseconds: 'µs',
  perSecond: '/s',
  bytesPerSecond: 'B/s',
  kilobytesPerSecond: 'KB/s',
  megabytesPerSecond: 'MB/s',
  count: '',
  none: '',
};

/** "42%", "12 GB", "7": a space before a unit symbol, none before "%" or when there is no unit. */
export function withUnitSymbol(value: string, symbol: string): string {
  return symbol === '%' || symbol === '' ? `${value}${symbol}` : `${value} ${symbol}`;
}

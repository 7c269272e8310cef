import type { WireValue } from '../core/WireValue.js';

/** JSON protocols send timestamps as epoch seconds and blobs as base64. */
export function toJson(value: WireValue): unknown {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map((entry: WireValue) => toJson(entry) ?? null);
  if (value instanceof Map) {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of value) out[key] = toJson(entry as WireValue);
    return out;
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value as Record<string, WireValue>)) {
      const converted = toJson(entry);
      if (converted !== undefined) out[key] = converted;
    }
    return out;
  }
  return value;
}

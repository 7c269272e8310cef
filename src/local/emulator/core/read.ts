import { AwsError } from './AwsError.js';
import type { WireInput } from './WireValue.js';

function invalid(name: string, detail: string): AwsError {
  return new AwsError({ code: 'ValidationError', message: `Invalid value for ${name}: ${detail}` });
}

function asRecord(value: unknown): WireInput | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as WireInput)
    : undefined;
}

/**
 * Typed readers over a decoded request. The query protocol sends every scalar as a string and JSON sends
 * typed values, so each reader accepts both: operations stay protocol-agnostic.
 */
export const read = {
  str(input: WireInput, name: string): string | undefined {
    const value = input[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw invalid(name, 'expected a string');
  },

  requiredStr(input: WireInput, name: string): string {
    const value = read.str(input, name);
    if (value === undefined || value === '') {
      throw new AwsError({
        code: 'MissingParameter',
        message: `The request must contain the parameter ${name}`,
      });
    }
    return value;
  },

  int(input: WireInput, name: string): number | undefined {
    const value = input[name];
    if (value === undefined || value === null || value === '') return undefined;
    const number = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(number)) throw invalid(name, 'expected a number');
    return number;
  },

  bool(input: WireInput, name: string): boolean | undefined {
    const value = input[name];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'boolean') return value;
    return String(value).toLowerCase() === 'true';
  },

  /** Timestamps: ISO 8601 from the query protocol, epoch seconds from JSON. */
  date(input: WireInput, name: string): Date | undefined {
    const value = input[name];
    if (value === undefined || value === null || value === '') return undefined;
    const date =
      typeof value === 'number'
        ? new Date(value * 1000)
        : /^\d+(\.\d+)?$/.test(String(value))
          ? new Date(Number(value) * 1000)
          : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw invalid(name, 'expected a timestamp');
    return date;
  },

  list(input: WireInput, name: string): unknown[] {
    const value = input[name];
    if (value === undefined || value === null || value === '') return [];
    return Array.isArray(value) ? value : [value];
  },

  strList(input: WireInput, name: string): string[] {
    return read.list(input, name).map((item) => String(item));
  },

  objList(input: WireInput, name: string): WireInput[] {
    return read.list(input, name).map((item) => asRecord(item) ?? {});
  },

  obj(input: WireInput, name: string): WireInput | undefined {
    return asRecord(input[name]);
  },

  /** A modelled map: a JSON object, or the query protocol's entry.N.key / entry.N.value list. */
  map(input: WireInput, name: string): Record<string, unknown> {
    const value = input[name];
    if (Array.isArray(value)) {
      const out: Record<string, unknown> = {};
      for (const entry of value) {
        const record = asRecord(entry) ?? {};
        const key = record.key ?? record.Key ?? record.Name;
        if (key !== undefined) out[String(key)] = record.value ?? record.Value;
      }
      return out;
    }
    return { ...(asRecord(value) ?? {}) };
  },
} as const;

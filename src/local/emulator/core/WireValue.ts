/**
 * What an operation returns, independent of the protocol: plain objects and arrays, Date for timestamps,
 * Uint8Array for blobs, and Map for modelled maps (query XML writes those as entry/key/value, JSON as an
 * object). `undefined` members are omitted on the wire.
 */
export type WireValue =
  | string
  | number
  | boolean
  | Date
  | Uint8Array
  | undefined
  | null
  | readonly WireValue[]
  | ReadonlyMap<string, WireValue>
  | { readonly [key: string]: WireValue };

/** A decoded request: query parameters normalised into objects and arrays, or the parsed JSON body. */
export type WireInput = Readonly<Record<string, unknown>>;

import type { WireInput } from '../core/WireValue.js';

type Tree = { [key: string]: Tree | string };

const isIndex = (key: string): boolean => /^\d+$/.test(key);

/**
 * Lists arrive as `Filters.Filter.1.Name` (a member name then a 1-based index) or flattened as
 * `Names.1`: either shape becomes an array so operations never see wire-level member names.
 */
function normalise(node: Tree | string): unknown {
  if (typeof node === 'string') return node;
  const keys = Object.keys(node);
  if (keys.length > 0 && keys.every(isIndex)) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((key) => normalise(node[key]!));
  }
  if (keys.length === 1) {
    const only = node[keys[0]!]!;
    if (typeof only === 'object') {
      const inner = Object.keys(only);
      if (inner.length > 0 && inner.every(isIndex)) return normalise(only);
    }
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = normalise(node[key]!);
  return out;
}

/** Decodes an awsQuery form body (or URL query string) into nested objects and arrays. */
export function parseQueryParams(body: string): WireInput {
  const root: Tree = {};
  for (const [name, value] of new URLSearchParams(body)) {
    const segments = name.split('.');
    let node = root;
    segments.forEach((segment, index) => {
      const last = index === segments.length - 1;
      const existing = node[segment];
      if (last) {
        // An empty list is sent as `Filters=`; a populated sibling key wins over it.
        if (existing === undefined) node[segment] = value;
        return;
      }
      if (typeof existing !== 'object') node[segment] = {};
      node = node[segment] as Tree;
    });
  }
  return normalise(root) as WireInput;
}

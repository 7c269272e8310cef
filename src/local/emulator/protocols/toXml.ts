import type { WireValue } from '../core/WireValue.js';
import type { ListMemberNames } from './ListMemberNames.js';

/** Escapes text content; \r is encoded because XML parsers fold a raw CR LF into LF. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

function scalar(value: string | number | boolean | Date | Uint8Array): string {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return escapeXml(String(value));
}

/**
 * Writes one element. `parent` is the enclosing element's name, so list item names can depend on where the
 * list sits (RDS names StatusInfos' items differently under DBInstance and DBCluster).
 */
export function toXml(name: string, value: WireValue, members: ListMemberNames, parent = ''): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    const item = members[`${parent}.${name}`] ?? members[name] ?? 'member';
    return `<${name}>${value.map((entry: WireValue) => toXml(item, entry, members, name)).join('')}</${name}>`;
  }
  if (value instanceof Map) {
    const entries = [...value].map(
      ([key, entry]) =>
        `<entry><key>${escapeXml(key)}</key>${toXml('value', entry as WireValue, members, name)}</entry>`,
    );
    return `<${name}>${entries.join('')}</${name}>`;
  }
  if (typeof value === 'object' && !(value instanceof Date) && !(value instanceof Uint8Array)) {
    const record = value as { readonly [key: string]: WireValue };
    const children = Object.keys(record)
      .map((key) => toXml(key, record[key], members, name))
      .join('');
    return `<${name}>${children}</${name}>`;
  }
  return `<${name}>${scalar(value as string | number | boolean | Date | Uint8Array)}</${name}>`;
}

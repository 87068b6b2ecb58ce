import { decodeHTML } from 'entities';

/** Archive text is HTML-escaped (`&amp;`, `&lt;`, ...); this returns the plain text. */
export function unescapeText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return value.indexOf('&') === -1 ? value : decodeHTML(value);
}

/** Strips the `@name ` mentions a reply starts with (they are in full_text, not in note text). */
export function stripLeadingMentions(text: string): string {
  return text.replace(/^(?:\s*@[A-Za-z0-9_]+)+\s*/, '');
}

export function asString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A non-empty id as text. Numeric ids are only accepted when they are exact (below 2^53). */
export function asId(value: unknown): string | null {
  if (typeof value === 'string') return value.length > 0 ? value : null;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return null;
}

export function asInt(value: unknown): number | null {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? Math.trunc(n) : null;
}

export function asObject(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Returns the record inside a wrapped element (`{"tweet": {...}}`, wrapper key from `keys`, or any
 * single key holding an object), else the bare element itself (2019 files have no wrapper).
 */
export function unwrap(el: unknown, ...keys: string[]): Record<string, unknown> | null {
  const obj = asObject(el);
  if (!obj) return null;
  for (const key of keys) {
    const inner = asObject(obj[key]);
    if (inner) return inner;
  }
  const own = Object.keys(obj);
  if (own.length === 1) {
    const inner = asObject(obj[own[0]!]);
    if (inner) return inner;
  }
  return obj;
}

/**
 * True when `value` nests no deeper than `max` arrays/objects. Iterative: the splitter's fast path
 * does not count depth, so a kept subtree (which is serialised later) is checked before it is stored.
 */
export function withinDepth(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return false;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return true;
}

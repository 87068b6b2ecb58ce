/** Reading a post's id (and its author) from what bookmark exports put in a cell: an id or a link. */

const HOSTS = new Set(['x.com', 'twitter.com', 'mobile.twitter.com', 'mobile.x.com']);
const STATUS_PATH = /^\/([A-Za-z0-9_]{1,50})\/status(?:es)?\/(\d{1,20})(?:\/|$)/;
const WEB_STATUS_PATH = /^\/i\/(?:web\/)?status\/(\d{1,20})(?:\/|$)/;
const POST_ID = /^\d{1,20}$/;
const HANDLE = /^[A-Za-z0-9_]{1,50}$/;
/** What a spreadsheet makes of a 19-digit id: `1.79E+18`. The digits are gone for good. */
const MANGLED_ID = /^\d(?:[.,]\d+)?e\+?\d+$/i;

export interface PostRef {
  postId: string;
  author: string | null;
}

/** A link to a post on x.com or twitter.com (with or without `https://`), parsed, never substring-matched. */
export function postRefOfUrl(raw: string): PostRef | null {
  const value = raw.trim();
  if (value.length === 0 || value.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!HOSTS.has(url.hostname.toLowerCase().replace(/^www\./, ''))) return null;
  const web = WEB_STATUS_PATH.exec(url.pathname);
  if (web) return { postId: web[1]!, author: null };
  const m = STATUS_PATH.exec(url.pathname);
  if (!m || m[1] === 'i') return null;
  return { postId: m[2]!, author: m[1]! };
}

export function isPostId(value: string): boolean {
  return POST_ID.test(value.trim());
}

export function isMangledId(value: string): boolean {
  return MANGLED_ID.test(value.trim());
}

/** `@name`, `name`, or `Display Name (@name)` -> `name`; null when there is no handle. */
export function handleOf(raw: string): string | null {
  const value = raw.trim();
  const inParens = /\(@([A-Za-z0-9_]{1,50})\)\s*$/.exec(value);
  if (inParens) return inParens[1]!;
  const bare = value.startsWith('@') ? value.slice(1) : value;
  return HANDLE.test(bare) ? bare : null;
}

/** The only external links the app ever opens: a post on x.com (or its old twitter.com address). */
const POST_HOSTS = new Set(['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']);
const POST_PATH = /^\/(?:[A-Za-z0-9_]{1,50}|i\/web)\/status\/\d{1,25}\/?$/;

/** Returns the normalised https URL of a post, or null when `raw` is anything else. Parses, never matches substrings. */
export function toSafePostUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  if (!POST_HOSTS.has(url.hostname.toLowerCase())) return null;
  if (!POST_PATH.test(url.pathname)) return null;
  return `https://x.com${url.pathname}`;
}

export function postUrl(username: string | null, postId: string): string {
  return username ? `https://x.com/${username}/status/${postId}` : `https://x.com/i/web/status/${postId}`;
}

/** X's settings pages the checklist opens ("Open this setting"): x.com/settings/<name> and x.com/i/bookmarks. */
const SETTING_PATH = /^\/(?:settings\/[a-z_]{1,60}|i\/bookmarks)\/?$/;

/** Returns the normalised https URL of a settings page on x.com, or null. Parses, never matches substrings. */
export function toSafeSettingUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port || url.search || url.hash)
    return null;
  if (url.hostname.toLowerCase() !== 'x.com' && url.hostname.toLowerCase() !== 'www.x.com') return null;
  if (!SETTING_PATH.test(url.pathname)) return null;
  return `https://x.com${url.pathname}`;
}

/** The only addresses the app opens in the browser: a post or a settings page, on x.com. */
export function toSafeXUrl(raw: string): string | null {
  return toSafePostUrl(raw) ?? toSafeSettingUrl(raw);
}

/** The @name in a post's address (x.com/name/status/1), or null when the address does not say (i/web). */
export function authorFromPostUrl(raw: string | null): string | null {
  const safe = raw ? toSafePostUrl(raw) : null;
  const name = safe ? new URL(safe).pathname.split('/')[1] : undefined;
  return name && name !== 'i' ? name : null;
}

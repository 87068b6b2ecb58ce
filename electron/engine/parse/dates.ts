/**
 * Dates in archives come in three explicit formats; each is parsed by its own pattern into a
 * UTC ISO string (`YYYY-MM-DDTHH:MM:SS.sssZ`). Anything else gives null, never a guess.
 */
const MONTHS: Record<string, number> = {
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  May: 5,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};

/** strftime `%a %b %d %H:%M:%S %z %Y`, e.g. `Sat Nov 09 12:14:18 +0000 2024`. */
const TWITTER =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;
/** Classic archives: `2019-02-08 08:38:13 +0000`; ad files omit the offset (UTC). */
const CLASSIC = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?: ([+-])(\d{2})(\d{2}))?$/;
/** ISO-8601 with a zone: `2026-04-12T16:08:58.000Z`, `2026-04-12T16:08:58+02:00`. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, mo: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return mo === 2 && leap ? 29 : DAYS[mo - 1]!;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Date's range is +-8.64e15 ms; past it toISOString throws. */
function isoOf(t: number): string | null {
  return Number.isFinite(t) && Math.abs(t) <= 8.64e15 ? new Date(t).toISOString() : null;
}

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offsetMinutes: number,
): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return null;
  // Nearly every archive date is UTC to the second: format it directly, no Date needed.
  if (offsetMinutes === 0 && ms === 0 && y >= 1000 && y <= 9999) {
    return `${y}-${pad2(mo)}-${pad2(d)}T${pad2(h)}:${pad2(mi)}:${pad2(s)}.000Z`;
  }
  // Not Date.UTC: it reads years 0-99 as 1900-1999 (year 0001 became 1901). A date is kept as given.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, ms);
  const t = date.getTime() - offsetMinutes * 60_000;
  return isoOf(t);
}

function offset(sign: string, hh: string, mm: string): number {
  const v = Number(hh) * 60 + Number(mm);
  return sign === '-' ? -v : v;
}

export function parseTwitterDate(value: string): string | null {
  const m = TWITTER.exec(value);
  if (!m) return null;
  return build(
    Number(m[9]),
    MONTHS[m[1]!]!,
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    0,
    offset(m[6]!, m[7]!, m[8]!),
  );
}

export function parseClassicDate(value: string): string | null {
  const m = CLASSIC.exec(value);
  if (!m) return null;
  const off = m[7] ? offset(m[7], m[8]!, m[9]!) : 0;
  return build(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), 0, off);
}

export function parseIsoDate(value: string): string | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const ms = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  const zone = m[8]!;
  const off = zone === 'Z' ? 0 : offset(zone[0]!, zone.slice(1, 3), zone.slice(-2));
  return build(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms, off);
}

/** Tries the three formats in turn; null when the value is absent or matches none. */
export function parseArchiveDate(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  const c = value.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return value.charAt(10) === 'T' ? parseIsoDate(value) : parseClassicDate(value);
  return parseTwitterDate(value);
}

/** Epoch milliseconds as a string or number (e.g. `createdAtMsec`) to ISO. */
export function parseEpochMs(value: unknown): string | null {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d{1,16}$/.test(value)
        ? Number(value)
        : NaN;
  return isoOf(n);
}

/**
 * Dates in bookmark exports: the archive's own formats, plus ISO dates without a zone (taken as UTC),
 * bare days and epoch seconds or milliseconds. Ambiguous forms such as 01/02/2024 are not guessed.
 */
import { parseArchiveDate } from '../parse/dates';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_NO_ZONE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d{1,9})?)?$/;
const EPOCH_SECONDS = /^\d{9,10}$/;
const EPOCH_MS = /^\d{12,13}$/;
/** Earliest possible post (Twitter's first) and a margin into the future: outside, it is not a date. */
const MIN_MS = Date.UTC(2006, 2, 1);
const MAX_MS = Date.UTC(2100, 0, 1);

function fromMs(ms: number): string | null {
  return ms >= MIN_MS && ms < MAX_MS ? new Date(ms).toISOString() : null;
}

export function parseBookmarkDate(raw: string): string | null {
  const value = raw.trim();
  if (value.length === 0) return null;
  const archive = parseArchiveDate(value);
  if (archive) return archive;
  if (EPOCH_MS.test(value)) return fromMs(Number(value));
  if (EPOCH_SECONDS.test(value)) return fromMs(Number(value) * 1000);
  const day = DAY.exec(value);
  if (day) return parseArchiveDate(`${value}T00:00:00Z`);
  const local = ISO_NO_ZONE.exec(value);
  if (local) {
    const seconds = local[3] ?? ':00';
    return parseArchiveDate(`${local[1]}T${local[2]}${seconds}Z`);
  }
  return null;
}

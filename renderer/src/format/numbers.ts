/**
 * Number, size, duration and date formatting. Dates are shown in UTC: the archive's times are UTC.
 * Counts, dates and months share the report's formatters so both read the same.
 */
import { formatCount, formatDate } from '../../../shared/report/format';

export { formatCount, formatDate, formatMonth } from '../../../shared/report/format';
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${BYTE_UNITS[unit]}`;
}

/** "4 s", "2 min 05 s", "1 h 03 min". */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, '0')} min`;
  if (minutes > 0) return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
  return `${seconds} s`;
}

/** "12 Mar 2024, 14:05 UTC". */
export function formatDateTime(iso: string | null): string {
  if (!iso) return 'no date';
  const time = /T(\d{2}:\d{2})/.exec(iso);
  return time ? `${formatDate(iso)}, ${time[1]} UTC` : formatDate(iso);
}

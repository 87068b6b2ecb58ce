/**
 * Dates as a person reads them, one format everywhere (app, report, command line). Times are shown in
 * UTC, as the archive records them. The app sets the display locale from the operating system at start
 * (`setDisplayLocale(navigator.language)`), so dates follow the person's language and region; the
 * command line and printed files keep one fixed English form ("12 Mar 2024") so their output is stable.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Formats {
  day: Intl.DateTimeFormat;
  month: Intl.DateTimeFormat;
  time: Intl.DateTimeFormat;
}

/** null: the fixed English form. */
let formats: Formats | null = null;

/** Uses the given BCP 47 locale (e.g. the OS's) for every date shown from now on; null or unknown: fixed English. */
export function setDisplayLocale(tag: string | null | undefined): void {
  let supported: string | undefined;
  try {
    supported = tag ? Intl.DateTimeFormat.supportedLocalesOf([tag])[0] : undefined;
  } catch {
    supported = undefined; // not a well-formed language tag
  }
  formats = supported
    ? {
        day: new Intl.DateTimeFormat(supported, {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        }),
        month: new Intl.DateTimeFormat(supported, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
        time: new Intl.DateTimeFormat(supported, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }),
      }
    : null;
}

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

/** "12 Mar 2024" (fixed), "Mar 12, 2024" (en-US), "12. März 2024" (de) from an ISO date or timestamp. */
export function formatDate(iso: string | null): string {
  if (!iso) return 'no date';
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (formats) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
    if (!Number.isNaN(date.getTime())) return (day ? formats.day : formats.month).format(date);
  }
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** "Mar 2024" from `YYYY-MM`. */
export function formatMonth(month: string): string {
  return formatDate(month.slice(0, 7));
}

/** "12 Mar 2024, 14:05 UTC"; just the date when `iso` has no time. */
export function formatDateTime(iso: string | null): string {
  if (!iso) return 'no date';
  const time = /T(\d{2}):(\d{2})/.exec(iso);
  const day = formatDate(iso);
  if (!time) return day;
  const clock = formats
    ? formats.time.format(new Date(Date.UTC(2000, 0, 1, Number(time[1]), Number(time[2]))))
    : `${time[1]}:${time[2]}`;
  return `${day}, ${clock} UTC`;
}

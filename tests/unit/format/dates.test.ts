import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonth, setDisplayLocale } from '../../../shared/format/dates';

afterEach(() => setDisplayLocale(null));

describe('one date format', () => {
  it.each([
    [null, '2024-03-12T14:05:00Z', '12 Mar 2024', 'Mar 2024', '12 Mar 2024, 14:05 UTC'],
    ['en-US', '2024-03-12T14:05:00Z', 'Mar 12, 2024', 'Mar 2024', 'Mar 12, 2024, 02:05 PM UTC'],
    ['de-DE', '2024-03-12T14:05:00Z', '12. März 2024', 'März 2024', '12. März 2024, 14:05 UTC'],
    ['not a locale!', '2024-03-12', '12 Mar 2024', 'Mar 2024', '12 Mar 2024'],
  ])('in %s', (locale, iso, day, month, dateTime) => {
    setDisplayLocale(locale);
    expect(formatDate(iso)).toBe(day);
    expect(formatMonth(iso.slice(0, 7))).toBe(month);
    expect(formatDateTime(iso)).toBe(dateTime);
  });

  it('says "no date" for a missing date and leaves text it cannot read alone', () => {
    setDisplayLocale('en-US');
    expect(formatDate(null)).toBe('no date');
    expect(formatDate('sometime')).toBe('sometime');
  });
});

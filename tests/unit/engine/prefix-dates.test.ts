import { describe, expect, it } from 'vitest';
import { matchPrefix, parseAssignment } from '../../../electron/engine/parse/prefix';
import {
  parseArchiveDate,
  parseEpochMs,
  parseClassicDate,
  parseIsoDate,
  parseTwitterDate,
} from '../../../electron/engine/parse/dates';

describe('assignment prefix', () => {
  it('names the global and finds the value', () => {
    const m = matchPrefix(Buffer.from('window.YTD.tweets.part2 = [ ]'), true, 100);
    expect(m).toEqual({ globalName: 'window.YTD.tweets.part2', valueStart: 26, opener: '[' });
    expect(matchPrefix(Buffer.from('var tweet_index =  [ {'), true, 100)?.globalName).toBe('tweet_index');
  });

  it('asks for more bytes until the value starts, within the prefix limit', () => {
    expect(matchPrefix(Buffer.from('window.YTD.tw'), false, 100)).toBeNull();
    expect(matchPrefix(Buffer.from('window.YTD.tweets.part0 = '), false, 100)).toBeNull();
    expect(() => matchPrefix(Buffer.from('x'.repeat(200)), false, 100)).toThrow(/does not start with/);
  });

  it('parses small whole files such as the manifest', () => {
    const text = '\uFEFFwindow.__THAR_CONFIG = {\r\n  "userInfo" : { "accountId" : "1" }\r\n};\r\n';
    expect(parseAssignment(Buffer.from(text))).toEqual({
      globalName: 'window.__THAR_CONFIG',
      value: { userInfo: { accountId: '1' } },
    });
    expect(() => parseAssignment(Buffer.from('window.x = { "a": '))).toThrow(/not valid JSON/);
    expect(() => parseAssignment(Buffer.from('fetch("x") = {}'))).toThrow(/does not start with/);
  });
});

describe('archive dates', () => {
  it('parses the tweet format with its offset into UTC ISO', () => {
    expect(parseTwitterDate('Sat Nov 09 12:14:18 +0000 2024')).toBe('2024-11-09T12:14:18.000Z');
    expect(parseTwitterDate('Sat Nov 09 12:14:18 -0230 2024')).toBe('2024-11-09T14:44:18.000Z');
    expect(parseTwitterDate('Sat Nov 09 12:14:18 2024')).toBeNull();
    expect(parseTwitterDate('Sat Foo 09 12:14:18 +0000 2024')).toBeNull();
  });

  it('parses ISO dates with and without milliseconds or a Z', () => {
    expect(parseIsoDate('2026-04-12T16:08:58.000Z')).toBe('2026-04-12T16:08:58.000Z');
    expect(parseIsoDate('2026-04-12T16:08:58.5Z')).toBe('2026-04-12T16:08:58.500Z');
    expect(parseIsoDate('2026-04-12T16:08:58+02:00')).toBe('2026-04-12T14:08:58.000Z');
    expect(parseIsoDate('2026-04-12T16:08:58')).toBeNull();
    expect(parseIsoDate('2026-02-30T10:00:00Z')).toBeNull();
  });

  it('parses classic archive dates', () => {
    expect(parseClassicDate('2019-02-08 08:38:13 +0000')).toBe('2019-02-08T08:38:13.000Z');
    expect(parseClassicDate('2019-02-08 08:38:13 +0100')).toBe('2019-02-08T07:38:13.000Z');
    expect(parseClassicDate('2019-13-08 08:38:13 +0000')).toBeNull();
  });

  it('picks the format by shape and returns null for anything else', () => {
    expect(parseArchiveDate('Fri Aug 09 23:11:41 +0000 2019')).toBe('2019-08-09T23:11:41.000Z');
    expect(parseArchiveDate('2019-02-08 08:38:13 +0000')).toBe('2019-02-08T08:38:13.000Z');
    expect(parseArchiveDate('2021-06-27T10:09:24.549Z')).toBe('2021-06-27T10:09:24.549Z');
    for (const bad of ['', 'yesterday', '1565392301', null, 12, undefined, '2019/02/08']) {
      expect(parseArchiveDate(bad)).toBeNull();
    }
  });

  it.each([
    ['0001-01-01T00:00:00.000Z', '0001-01-01T00:00:00.000Z'],
    ['0001-01-01T00:00:00+01:00', '0000-12-31T23:00:00.000Z'],
    ['0099-12-31 23:59:59 +0000', '0099-12-31T23:59:59.000Z'],
    ['0050-06-15 12:00:00 -0200', '0050-06-15T14:00:00.000Z'],
    ['Mon Jan 01 00:00:00 +0100 0001', '0000-12-31T23:00:00.000Z'],
    ['1969-12-31T23:59:59.999Z', '1969-12-31T23:59:59.999Z'],
    ['1900-02-28T12:00:00+02:00', '1900-02-28T10:00:00.000Z'],
    ['2150-07-04T00:00:00.000Z', '2150-07-04T00:00:00.000Z'],
    ['9999-12-31T23:59:59-01:00', '+010000-01-01T00:59:59.000Z'],
  ])('keeps a date outside 1970-2100 as given, never shifted: %s', (input, expected) => {
    expect(parseArchiveDate(input)).toBe(expected);
  });

  it('refuses epoch milliseconds past the range a date can hold, instead of throwing', () => {
    expect(parseEpochMs('1700000000000')).toBe('2023-11-14T22:13:20.000Z');
    expect(parseEpochMs('9999999999999999')).toBeNull();
    expect(parseEpochMs(-8.7e15)).toBeNull();
  });
});

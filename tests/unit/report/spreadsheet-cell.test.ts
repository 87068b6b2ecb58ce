import { describe, expect, it } from 'vitest';
import { spreadsheetSafe } from '../../../electron/engine/queries/spreadsheet-cell';

/** No part a spreadsheet could split the cell into (at `;` or `,`) may start a formula. */
const PART_STARTS_FORMULA = /(^|[;,]) *[=+\-@\t\r]/;

describe('spreadsheetSafe', () => {
  it.each([
    ['plain text', 'plain text'],
    ['', ''],
    ['=1+1', "'=1+1"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2 degrees', "'-2 degrees"],
    ['@friend hi', "'@friend hi"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ['hello;=HYPERLINK("http://x.invalid")', 'hello;\'=HYPERLINK("http://x.invalid")'],
    ['a,@SUM(1)', "a,'@SUM(1)"],
    ['a;  -1', "a;  '-1"],
    ['a;b;+c,=d', "a;b;'+c,'=d"],
    ['=a;=b', "'=a;'=b"],
    ['a;\t=b', "a;'\t=b"],
    ['x=1, y-2; email@example.com', 'x=1, y-2; email@example.com'],
    ['line one\n=not split by a newline', 'line one\n=not split by a newline'],
    ['ends with ;', 'ends with ;'],
  ])('%j -> %j', (input, expected) => {
    const out = spreadsheetSafe(input);
    expect(out).toBe(expected);
    expect(out).not.toMatch(PART_STARTS_FORMULA);
  });
});

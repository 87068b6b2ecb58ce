/**
 * Where a spreadsheet may start reading a formula inside one CSV cell: at the cell's start, and after
 * a `;` or `,` (spreadsheets in locales whose list separator is `;` split cells there, and a pasted
 * cell can be split on either), spaces in between skipped.
 */
const PART_START = /(^|[;,])( *)(?=[=+\-@\t\r])/g;

/**
 * Archive text made inert in a spreadsheet: every part of the cell that would start with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a leading `'`, which spreadsheets read as "this is text".
 * Nothing else changes, so the text still reads the same.
 */
export function spreadsheetSafe(cell: string): string {
  return cell.replace(PART_START, "$1$2'");
}

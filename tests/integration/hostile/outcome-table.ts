import { UNSAFE_TERMINAL_CHARS } from '../../../electron/cli/terminal-text';
/** One row of the case -> outcome table printed at the end of the hostile-archive suite. */
export interface OutcomeRow {
  group: string;
  name: string;
  expected: string;
  actual: string;
  exit: string;
  ms: number;
  detail: string;
}

function cell(text: string, width: number): string {
  const flat = text.replace(UNSAFE_TERMINAL_CHARS, '?');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

export function formatOutcomeTable(rows: readonly OutcomeRow[]): string {
  const lines = [
    `${cell('group', 14)} ${cell('case', 62)} ${cell('expected', 8)} ${cell('actual', 8)} ${cell('exit', 4)} ${cell('ms', 6)} detail`,
  ];
  for (const r of rows) {
    lines.push(
      `${cell(r.group, 14)} ${cell(r.name, 62)} ${cell(r.expected, 8)} ${cell(r.actual, 8)} ${cell(r.exit, 4)} ${cell(String(r.ms), 6)} ${cell(r.detail, 110)}`,
    );
  }
  const tally = new Map<string, number>();
  for (const r of rows) tally.set(`${r.group}: ${r.actual}`, (tally.get(`${r.group}: ${r.actual}`) ?? 0) + 1);
  lines.push('', `${rows.length} cases; ${[...tally].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  return lines.join('\n');
}

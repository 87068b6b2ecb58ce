import type { ArchiveComparison } from '../../../shared/model/compare';
import { COMPARISON_COLUMNS, comparisonRows } from '../../../shared/report/comparison';
import { CHANNEL_LABELS, KIND_PLURALS, LEVEL_LABELS } from '../../../shared/format/labels';
import { CHANNELS, LEVELS } from '../../../shared/model/kinds';
import { openEngine } from '../engine-loader';
import { writeJson, writeLines, type Command } from '../command';
import { terminalSafe } from '../terminal-text';

const n = (v: number | null) => (v === null ? '-' : v.toLocaleString('en'));

export function comparisonLines(c: ArchiveComparison): string[] {
  const day = (iso: string | null) => (iso ? iso.slice(0, 10) : 'unknown date');
  const columns = COMPARISON_COLUMNS.map(([key, label]) => [key, label.toLowerCase()] as const);
  const lines = [
    `@${c.account.username}: archive ${c.older.archiveId} (${day(c.older.generatedAt)}) -> ${c.newer.archiveId} (${day(c.newer.generatedAt)})`,
    '',
    `${''.padEnd(22)}${columns.map(([, label]) => label.padStart(15)).join('')}`,
  ];
  // The app's and the report's rows: bookmarks only when both archives have them.
  for (const row of comparisonRows(c)) {
    lines.push(`${row.label.padEnd(22)}${columns.map(([key]) => n(row[key]).padStart(15)).join('')}`);
  }
  lines.push('', 'In scope (older -> newer):');
  for (const ch of CHANNELS) {
    lines.push(
      `  ${CHANNEL_LABELS[ch].padEnd(20)} ${n(c.older.exposure.channels[ch])} -> ${n(c.newer.exposure.channels[ch])}`,
    );
  }
  for (const l of LEVELS) {
    lines.push(
      `  ${`${LEVEL_LABELS[l]} level`.padEnd(20)} ${n(c.older.exposure.levels[l])} -> ${n(c.newer.exposure.levels[l])}`,
    );
  }
  const d = c.deletionList;
  lines.push('');
  if (d.listed === 0) {
    lines.push('Deletion list: empty (items you export as a deletion list are checked here).');
  } else {
    const kinds = Object.entries(d.byKind)
      .map(([k, v]) => `${v} ${KIND_PLURALS[k as keyof typeof KIND_PLURALS].toLowerCase()}`)
      .join(', ');
    lines.push(
      `Deletion list: ${d.listed} items; ${d.gone} gone, ${d.stillPresent} still in the newer archive, ` +
        `${d.stillInScope} of them still in scope${kinds ? ` (${kinds})` : ''}.`,
    );
  }
  for (const item of d.sample.slice(0, 20)) {
    lines.push(`  still in scope: ${item.kind} ${item.sourceId} ${day(item.createdAt)}`);
  }
  for (const w of c.warnings) lines.push(`warning: ${w}`);
  return lines;
}

export const compareCommand: Command = {
  name: 'compare',
  usage: '<olderId> <newerId> [--ids]',
  summary: 'compare two archives of the same account: removed, added and kept per count',
  options: { ids: { type: 'boolean' } },
  positionals: 2,
  async run({ args, options, dataDir, json, io }) {
    const engine = await openEngine(dataDir);
    try {
      const c = engine.compareArchives(args[0]!, args[1]!, { withIds: options['ids'] === true });
      if (json) {
        const { removed, added, kept, ids, ...rest } = c;
        writeJson(io, { removed, added, kept, ...(ids ? { ids } : {}), ...rest });
      } else {
        writeLines(io, comparisonLines(c));
        if (c.ids) {
          for (const part of ['removed', 'added'] as const) {
            for (const [key, list] of Object.entries(c.ids[part])) {
              // Tab-separated for scripts: each field is filtered on its own, the tabs are kept.
              for (const id of list) io.stdout.write(`${part}\t${key}\t${terminalSafe(id)}\n`);
            }
          }
        }
      }
      return 0;
    } finally {
      engine.close();
    }
  },
};

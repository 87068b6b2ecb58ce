import { resolve } from 'node:path';
import {
  BOOKMARK_FIELDS,
  type BookmarkField,
  type BookmarkMapping,
  type BookmarkPreview,
  type BookmarkProblem,
} from '../../../shared/model/bookmarks';
import { openEngine } from '../engine-loader';
import { UsageError, writeJson, writeLines, type Command } from '../command';

/** `--map` accepts the field names and these shorter words; `ignore` unmaps a column. */
const FIELD_WORDS: Record<string, BookmarkField> = { id: 'postId', url: 'postUrl', link: 'postUrl' };
const FIELD_HELP = `${BOOKMARK_FIELDS.join(', ')} (or id, url, ignore)`;

/** `--map "Tweet URL=postUrl"` (repeatable) applied over the guessed mapping. */
export function applyMapOptions(guessed: BookmarkMapping, maps: readonly string[]): BookmarkMapping {
  const mapping: BookmarkMapping = { ...guessed };
  for (const map of maps) {
    const eq = map.lastIndexOf('=');
    const column = map.slice(0, eq).trim();
    const word = map.slice(eq + 1).trim();
    if (eq <= 0 || !column)
      throw new UsageError(`--map takes column=field, e.g. --map "Tweet URL=postUrl" (got ${map})`);
    for (const f of BOOKMARK_FIELDS) if (mapping[f] === column) delete mapping[f];
    if (word === 'ignore') continue;
    const field = FIELD_WORDS[word] ?? (BOOKMARK_FIELDS as readonly string[]).find((f) => f === word);
    if (!field) throw new UsageError(`unknown field "${word}" in --map; fields: ${FIELD_HELP}`);
    mapping[field as BookmarkField] = column;
  }
  return mapping;
}

function mapOptions(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

function problemLines(problems: readonly BookmarkProblem[]): string[] {
  return problems.map((p) => {
    const where =
      p.rows > 0
        ? ` (${p.rows} row${p.rows === 1 ? '' : 's'}: ${p.examples.join(', ')}${p.rows > p.examples.length ? ', ...' : ''})`
        : '';
    return `${p.severity}: ${p.message}${where}`;
  });
}

function previewLines(p: BookmarkPreview): string[] {
  const lines = [
    `${JSON.stringify(p.fileName)}: ${p.format.toUpperCase()}, ${p.totalRows} rows, ${p.importable} posts to import` +
      (p.delimiter ? `, delimiter ${JSON.stringify(p.delimiter)}` : '') +
      (p.format === 'csv' && !p.hasHeader ? ', no header row' : ''),
    `Columns: ${p.columns.map((c) => JSON.stringify(c)).join(', ')}`,
    'Mapping:',
    ...BOOKMARK_FIELDS.map(
      (f) => `  ${f.padEnd(8)} <- ${p.mapping[f] !== undefined ? JSON.stringify(p.mapping[f]) : '(none)'}`,
    ),
    ...problemLines(p.problems),
  ];
  return lines;
}

export const bookmarksCommand: Command = {
  name: 'bookmarks',
  usage: '<archiveId> <file> [--map column=field ...] [--preview]',
  summary: 'import a bookmarks export (CSV or JSON) into an archive, replacing the previous one',
  options: { map: { type: 'string', multiple: true }, preview: { type: 'boolean' } },
  positionals: 2,
  async run({ args, options, dataDir, json, io }) {
    const engine = await openEngine(dataDir, { classifies: true });
    try {
      const archiveId = args[0]!;
      const path = resolve(args[1]!);
      engine.getSummary(archiveId);
      const guess = engine.previewBookmarks(path);
      const maps = mapOptions(options['map']);
      const mapping = maps.length > 0 ? applyMapOptions(guess.guessed, maps) : guess.guessed;
      if (options['preview'] === true) {
        const preview = maps.length > 0 ? engine.previewBookmarks(path, mapping) : guess;
        if (json) writeJson(io, preview);
        else writeLines(io, previewLines(preview));
        return 0;
      }
      const result = engine.importBookmarks(archiveId, path, mapping);
      if (json) {
        writeJson(io, result);
        return 0;
      }
      const lines = [
        `Imported ${result.imported} bookmarks from ${JSON.stringify(guess.fileName)}` +
          (result.merged > 0 ? ` (${result.merged} were already in the archive's own bookmark file)` : '') +
          (result.skipped > 0 ? `; ${result.skipped} rows skipped` : '') +
          '.',
        ...(result.replaced > 0
          ? [`They replace the ${result.replaced} bookmarks of the previous import.`]
          : []),
        `The archive now counts ${result.summary.counts.bookmarks ?? 0} bookmarks.`,
        ...problemLines(result.problems),
      ];
      writeLines(io, lines);
      return 0;
    } finally {
      engine.close();
    }
  },
};

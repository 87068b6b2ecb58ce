/**
 * `x-exposure report <archiveId> --out items.csv` on a synthetic archive: parsed back with papaparse and
 * compared with the archive database, UTF-8 BOM, spreadsheet formulas neutralised; and the HTML file.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelsOf, flagsOf, levelOf } from '../../../electron/engine/db/bits';
import { archiveDbPath } from '../../../electron/engine/library/paths';
import { generateArchive } from '../../fixtures/generator/index';
import { importInto, type Imported } from './support';

const run = promisify(execFile);
const CLI = join(process.cwd(), 'bin/x-exposure.mjs');

interface DbItem {
  id: number;
  kind: string;
  source_id: string;
  created_at: string | null;
  text: string | null;
  channels: number;
  flags: number;
  level: number;
  visibility: string;
}

let imported: Imported;
let archiveId: string;
/** Post text a spreadsheet would run as a formula, and the cell it must become. */
const FORMULAS: Array<[string, string]> = [
  ['=HYPERLINK("http://example.invalid","click")', `'=HYPERLINK("http://example.invalid","click")`],
  ['+1 555 0100 call', "'+1 555 0100 call"],
  ['-2 degrees today', "'-2 degrees today"],
  ['@friend hello', "'@friend hello"],
  // Spreadsheets whose list separator is `;` split a cell there: the part after it is a cell too.
  ['see you;=HYPERLINK("http://example.invalid")', `see you;'=HYPERLINK("http://example.invalid")`],
  ['a, @SUM(1+1)', "a, '@SUM(1+1)"],
];

beforeAll(async () => {
  imported = await importInto(async (dir) => {
    const generated = await generateArchive({ out: join(dir, 'archive'), items: 400, seed: 11 });
    return generated.path;
  });
  archiveId = imported.summary.archiveId;
  // Give some posts text a spreadsheet would run as a formula.
  const db = new Database(archiveDbPath(imported.dataDir, archiveId));
  const ids = db
    .prepare(`SELECT id FROM items WHERE kind = 'post' ORDER BY id LIMIT ${FORMULAS.length}`)
    .pluck()
    .all() as number[];
  ids.forEach((id, i) => db.prepare('UPDATE items SET text = ? WHERE id = ?').run(FORMULAS[i]![0], id));
  db.close();
  imported.restart();
});
afterAll(() => imported?.cleanup());

async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [CLI, ...args, '--data-dir', imported.dataDir]);
  return stdout;
}

function dbItems(): DbItem[] {
  const db = new Database(archiveDbPath(imported.dataDir, archiveId), { readonly: true });
  try {
    return db
      .prepare('SELECT id, kind, source_id, created_at, text, channels, flags, level, visibility FROM items')
      .all() as DbItem[];
  } finally {
    db.close();
  }
}

describe('items CSV', () => {
  let raw: string;
  let rows: Array<Record<string, string>>;
  beforeAll(async () => {
    const out = join(imported.dir, 'items.csv');
    const result = JSON.parse(await cli('report', archiveId, '--out', out, '--json')) as {
      rows: number;
      format: string;
    };
    expect(result.format).toBe('csv');
    raw = readFileSync(out, 'utf8');
    const parsed = Papa.parse<Record<string, string>>(raw.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    rows = parsed.data;
    expect(result.rows).toBe(rows.length);
  });

  it('puts nothing on the deletion list: saving every item is not choosing them for deletion', () => {
    const library = new Database(join(imported.dataDir, 'library.sqlite'), { readonly: true });
    try {
      expect(library.prepare('SELECT count(*) FROM deletion_list').pluck().get()).toBe(0);
    } finally {
      library.close();
    }
  });

  it('starts with a UTF-8 byte order mark', () => {
    expect(raw.charCodeAt(0)).toBe(0xfeff);
  });

  it('has the columns a deletion list needs', () => {
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining([
        'kind',
        'id',
        'created_at',
        'url',
        'visibility',
        'level',
        'channels',
        'flags',
        'text',
      ]),
    );
  });

  it('has one row per item, equal to the database', () => {
    const items = dbItems();
    expect(items.length).toBeGreaterThan(300);
    expect(rows).toHaveLength(items.length);
    // Several items can share a source id (messages of one Grok chat), so compare sorted tuples.
    const fromCsv = rows.map((r) =>
      [r['kind'], r['id'], r['created_at'], r['visibility'], r['level'], r['channels'], r['flags']].join('|'),
    );
    const fromDb = items.map((i) =>
      [
        i.kind,
        i.source_id,
        i.created_at ?? '',
        i.visibility,
        levelOf(i.level),
        channelsOf(i.channels).join(' '),
        flagsOf(i.flags).join(' '),
      ].join('|'),
    );
    expect(fromCsv.sort()).toEqual(fromDb.sort());
    expect(rows.filter((r) => r['kind'] === 'directMessage').length).toBeGreaterThan(0);
    for (const r of rows) if (r['kind'] === 'directMessage') expect(r['text']).toBe('');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const [formula, cell] of FORMULAS) {
      expect(
        rows.some((r) => r['text'] === cell),
        formula,
      ).toBe(true);
    }
    for (const r of rows)
      for (const cell of Object.values(r)) expect(cell).not.toMatch(/(^|[;,]) *[=+\-@\t\r]/);
  });
});

describe('report HTML from the CLI', () => {
  it('writes one self-contained file for the archive', async () => {
    const out = join(imported.dir, 'report.html');
    expect(await cli('report', archiveId, '--out', out, '--paper', 'letter', '--redact')).toBe(
      `wrote the report to ${out}\n`,
    );
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('size: letter;');
    expect(html).toContain(`@${imported.summary.account.username}`);
    expect(html).toContain('Text left out (redacted report).');
    expect(html).not.toMatch(/<script|<link|<img|\s(src|href)=/i);
  });

  it('refuses an output it cannot tell the format of', async () => {
    await expect(cli('report', archiveId, '--out', join(imported.dir, 'r.pdf'))).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('error: cannot tell the format'),
    });
  });
});

import { extname, resolve } from 'node:path';
import { PAPER_SIZES, type PaperSize } from '../../../shared/report/model';
import { loadReportFiles, openEngine } from '../engine-loader';
import { UsageError, writeJson, writeLines, type Command } from '../command';

const FORMATS = { '.html': 'html', '.htm': 'html', '.csv': 'csv' } as const;
type Format = (typeof FORMATS)[keyof typeof FORMATS];

function formatOf(out: string, explicit: unknown): Format {
  if (explicit === 'html' || explicit === 'csv') return explicit;
  if (explicit !== undefined) throw new UsageError(`--format must be html or csv, not ${String(explicit)}`);
  const format = FORMATS[extname(out).toLowerCase() as keyof typeof FORMATS];
  if (!format)
    throw new UsageError(`cannot tell the format of ${out}: end it with .html or .csv, or pass --format`);
  return format;
}

function paperOf(value: unknown): PaperSize {
  if (value === undefined) return 'a4';
  if (typeof value === 'string' && (PAPER_SIZES as readonly string[]).includes(value.toLowerCase()))
    return value.toLowerCase() as PaperSize;
  throw new UsageError(`--paper must be a4 or letter, not ${String(value)}`);
}

function compareWithOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value !== '') return value;
  throw new UsageError('--compare-with needs the id of an older archive of the same account');
}

export const reportCommand: Command = {
  name: 'report',
  usage: '<archiveId> --out report.html|items.csv [--compare-with <olderArchiveId>]',
  summary: 'write the exposure report as one self-contained HTML file, or every item as CSV',
  options: {
    out: { type: 'string' },
    format: { type: 'string' },
    paper: { type: 'string' },
    redact: { type: 'boolean' },
    'compare-with': { type: 'string' },
  },
  positionals: 1,
  async run({ args, options, dataDir, json, io }) {
    if (typeof options['out'] !== 'string' || options['out'] === '')
      throw new UsageError('--out FILE is required');
    const out = resolve(options['out']);
    const format = formatOf(out, options['format']);
    const paper = paperOf(options['paper']);
    const redactText = options['redact'] === true;
    const compareWith = compareWithOf(options['compare-with']);
    const engine = await openEngine(dataDir, { classifies: format !== 'csv' });
    try {
      const { writeItemsCsv, writeReportHtml } = await loadReportFiles();
      const archiveId = args[0]!;
      if (format === 'csv') {
        if (compareWith !== undefined) throw new UsageError('--compare-with only applies to the HTML report');
        const rows = writeItemsCsv(engine, archiveId, out);
        if (json) writeJson(io, { path: out, format, rows });
        else writeLines(io, [`wrote ${rows} items to ${out}`]);
      } else {
        const request = { paper, redactText, ...(compareWith ? { compareWith } : {}) };
        writeReportHtml(engine, archiveId, request, out);
        if (json) writeJson(io, { path: out, format, ...request });
        else writeLines(io, [`wrote the report to ${out}`]);
      }
      return 0;
    } finally {
      engine.close();
    }
  },
};

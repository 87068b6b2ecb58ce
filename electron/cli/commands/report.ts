import { extname, resolve } from 'node:path';
import { PAPER_SIZES, type PaperSize } from '../../../shared/report/model';
import { Engine } from '../../engine/index';
import { writeItemsCsv, writeReportHtml } from '../../engine/report/index';
import { UsageError, writeJson, type Command } from '../command';

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

export const reportCommand: Command = {
  name: 'report',
  usage: '<archiveId> --out report.html|items.csv',
  summary: 'write the exposure report as one self-contained HTML file, or every item as CSV',
  options: {
    out: { type: 'string' },
    format: { type: 'string' },
    paper: { type: 'string' },
    redact: { type: 'boolean' },
  },
  positionals: 1,
  async run({ args, options, dataDir, json, io }) {
    if (typeof options['out'] !== 'string' || options['out'] === '')
      throw new UsageError('--out FILE is required');
    const out = resolve(options['out']);
    const format = formatOf(out, options['format']);
    const paper = paperOf(options['paper']);
    const redactText = options['redact'] === true;
    const engine = new Engine({ dataDir });
    try {
      const archiveId = args[0]!;
      if (format === 'csv') {
        const rows = writeItemsCsv(engine, archiveId, out);
        if (json) writeJson(io, { path: out, format, rows });
        else io.stdout.write(`wrote ${rows} items to ${out}\n`);
      } else {
        writeReportHtml(engine, archiveId, { paper, redactText }, out);
        if (json) writeJson(io, { path: out, format, paper, redactText });
        else io.stdout.write(`wrote the report to ${out}\n`);
      }
      return 0;
    } finally {
      engine.close();
    }
  },
};

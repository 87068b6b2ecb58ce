/**
 * The HTML report of a real archive, printed to PDF in Debian's Chromium: page count, paper size, page
 * numbers and text checked with poppler; pages saved as PNG in tests/e2e/artifacts/report/ to look at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildReportModel,
  chromiumPdfOptions,
  renderReportHtml,
} from '../../../electron/engine/report/index';
import { STEP_IDS } from '../../../shared/checklist/types';
import { formatCount } from '../../../shared/format/numbers';
import type { PaperSize } from '../../../shared/report/model';
import { ARTIFACTS, importInto, REAL_ARCHIVE, type Imported } from './support';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const NOW = new Date('2026-11-22T12:00:00Z');

let imported: Imported;
beforeAll(async () => {
  imported = await importInto(REAL_ARCHIVE);
});
afterAll(() => imported?.cleanup());

function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('report of a real archive (alrocar)', () => {
  it('builds its model from the engine', () => {
    const { engine, summary } = imported;
    const model = buildReportModel(engine, summary.archiveId, { redactText: false, paper: 'a4', now: NOW });
    expect(model.meta.username).toBe('alrocar');
    expect(model.meta.archiveGeneratedAt).toBe('2024-11-16T11:33:22.222Z');
    expect(model.headline.totalItems).toBe(summary.counts.posts);
    expect(model.headline.thirdParty).toBe(summary.exposure.channels.thirdParty);
    expect(model.levels.map((l) => l.count)).toEqual([
      summary.exposure.levels.high,
      summary.exposure.levels.medium,
      summary.exposure.levels.low,
    ]);
    expect(model.timeline.buckets.reduce((n, b) => n + (b.counts.post ?? 0), 0)).toBe(summary.counts.posts);
    expect(model.topItems.length).toBeGreaterThan(0);
    expect(model.checklist.steps).toHaveLength(STEP_IDS.length);
  });
});

describe.skipIf(!HAS_CHROMIUM)('report PDF in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    // The person said they live in the EU: the report carries the drafted objection.
    imported.engine.setResidence(imported.summary.archiveId, 'eu');
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function printPdf(
    paper: PaperSize,
    redactText: boolean,
  ): Promise<{ path: string; requests: string[] }> {
    const { engine, summary, dir } = imported;
    const html = renderReportHtml(
      buildReportModel(engine, summary.archiveId, { redactText, paper, now: NOW }),
    );
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(html, { waitUntil: 'load' });
    const path = join(dir, `report-${paper}${redactText ? '-redacted' : ''}.pdf`);
    await page.pdf({ path, ...chromiumPdfOptions(paper) });
    await page.close();
    return { path, requests };
  }

  const pdfInfo = (path: string) => execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pagesText = (path: string) =>
    execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f');

  it.each([
    ['a4', '\\S+ x \\S+ pts \\(A4\\)'],
    ['letter', '612 x 792 pts \\(letter\\)'],
  ] as const)(
    'prints on %s with page numbers, every section and the numbers of the archive',
    async (paper, size) => {
      const { path, requests } = await printPdf(paper, false);
      expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
      const info = pdfInfo(path);
      expect(info).toMatch(new RegExp(`Page size:\\s+${size}`));
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      expect(pages).toBeGreaterThanOrEqual(5);
      expect(pages).toBeLessThanOrEqual(16);

      const texts = pagesText(path).filter((t) => t.trim() !== '');
      expect(texts).toHaveLength(pages);
      texts.forEach((t, i) => expect(flat(t)).toContain(`Page ${i + 1} of ${pages}`));
      const all = flat(texts.join(' '));
      const { summary } = imported;
      for (const expected of [
        '@alrocar',
        'Made by X on 16 Nov 2024',
        'Top risks',
        'Facts checked on 6 Dec 2026',
        'xAI acquires X',
        'Your rights, and a letter to use them',
        'Subject: Objection to AI training (GDPR Article 21)',
        `${formatCount(summary.exposure.channels.thirdParty)} items`,
        'Where your data can go',
        'Your activity and X’s policy dates',
        'Third-party collaborators may train AI on your information',
        'What is in your archive',
        'Your most sensitive items',
        'What opting out cannot undo',
        'Opting out works forward only.',
        'Opt-out checklist',
        'Turn off "Data sharing with business partners"',
        'The level rule',
        'UNCERTAIN',
      ]) {
        expect(all).toContain(expected);
      }
    },
  );

  it('opens with a one-page summary and names its sources, never an internal tag', async () => {
    const { path } = await printPdf('a4', false);
    const pages = pagesText(path).map(flat);
    for (const words of [
      'What is exposed, through which door',
      'Top risks',
      'What the person has done',
      'Facts checked on 6 Dec 2026',
    ])
      expect(pages[0]).toContain(words);
    expect(pages[0]).not.toContain('Where your data can go');
    const all = pages.join(' ');
    expect(all).toContain('Data Protection Commission (Ireland)');
    expect(all).not.toMatch(/OTA-(PP|ToS|Dev)|research notes|Research-note|UI-clone|TC-2024/);
  });

  it('keeps headings with what follows them (no heading alone at the foot of a page)', async () => {
    const { path } = await printPdf('a4', false);
    const headings = [
      'Where your data can go',
      'What is in your archive',
      'Your most sensitive items',
      'Opt-out checklist',
      'Method',
    ];
    for (const page of pagesText(path)) {
      const lines = page
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !/Page \d+ of \d+/.test(l));
      const last = lines.at(-1) ?? '';
      expect(headings).not.toContain(last);
    }
  });

  it('leaves item text out of a redacted report, and saves the pages as PNG to look at', async () => {
    const { engine, summary } = imported;
    const model = buildReportModel(engine, summary.archiveId, { redactText: false, paper: 'a4', now: NOW });
    const sample = model.topItems.find((i) => i.text && i.text.length > 20)!.text!.slice(0, 20);
    const { path } = await printPdf('a4', true);
    const all = flat(pagesText(path).join(' '));
    expect(all).not.toContain(sample);
    expect(all).toContain('Text left out (redacted report).');

    const { path: full } = await printPdf('a4', false);
    expect(flat(pagesText(full).join(' '))).toContain(sample);
    for (const f of readdirSync(ARTIFACTS).filter((n) => n.startsWith('alrocar-a4-')))
      rmSync(join(ARTIFACTS, f));
    execFileSync('pdftoppm', ['-r', '60', '-png', full, join(ARTIFACTS, 'alrocar-a4')]);
    const pngs = readdirSync(ARTIFACTS).filter((n) => n.startsWith('alrocar-a4-') && n.endsWith('.png'));
    expect(pngs.length).toBe(Number(/Pages:\s+(\d+)/.exec(pdfInfo(full))![1]));
    writeFileSync(join(ARTIFACTS, 'alrocar.html'), renderReportHtml(model));
  });
});

if (!HAS_CHROMIUM) {
  describe('report PDF in Chromium', () => {
    it.skip(`skipped: ${CHROMIUM} is missing (apt-get install chromium poppler-utils)`, () => {});
  });
}

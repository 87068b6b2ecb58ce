import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine, importArchive } from '../../../electron/engine/index';
import { listsPhrase, OWN_LIST } from '../../../shared/exposure/language/names';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { generateArchive } from '../../fixtures/generator/index';
import { tempDir } from '../engine/helpers';

/**
 * The person's own sensitive words, end to end on real SQLite: kept per account, applied by
 * re-classifying every item, shown as "your own list", kept when the archive is imported again, and
 * removed with the account's last archive.
 */
const tmp = tempDir('xexp-ownwords-');
let zip: string;
let summary: ArchiveSummary;
let engine: Engine;
/** A word of a post in the archive that no word list flags as family. */
let word: string;

function familyItemsWith(text: string): number[] {
  const page = engine.queryItems({ archiveId: summary.archiveId, text, flags: ['family'], limit: 1000 });
  return page.rows.map((r) => r.id);
}

function ownWordRows(): number {
  const library = new Database(join(tmp.dir, 'library.sqlite'), { readonly: true });
  try {
    return library.prepare('SELECT count(*) FROM own_words').pluck().get() as number;
  } finally {
    library.close();
  }
}

beforeAll(async () => {
  const archive = await generateArchive({ out: join(tmp.dir, 'a.zip'), items: 300, seed: 13, media: false });
  zip = archive.path;
  summary = await importArchive(zip, { dataDir: tmp.dir, classifyWorker: false });
  engine = new Engine({ dataDir: tmp.dir });
  const posts = engine.queryItems({ archiveId: summary.archiveId, kinds: ['post'], limit: 200 }).rows;
  const candidates = posts.flatMap((r) => (r.snippet ?? '').match(/\b[a-z]{6,}\b/g) ?? []);
  word = candidates.find((w) => familyItemsWith(w).length === 0)!;
  expect(word).toBeDefined();
}, 120_000);

afterAll(() => {
  engine?.close();
  tmp.cleanup();
});

describe("the person's own sensitive words", () => {
  it('are saved for the account and every item is classified again with them', () => {
    expect(engine.getOwnWords(summary.archiveId).words).toEqual({});
    const steps: number[] = [];
    engine.setOwnWords(summary.archiveId, { family: [`  ${word} `, word.toUpperCase(), ''] }, (done) =>
      steps.push(done),
    );
    expect(engine.getOwnWords(summary.archiveId).words).toEqual({ family: [word] });
    expect(steps.length).toBeGreaterThan(0);

    const ids = familyItemsWith(word);
    expect(ids.length).toBeGreaterThan(0);
    const detail = engine.getItemDetail(summary.archiveId, ids[0]!);
    const family = detail.flagEvidence.find((f) => f.flag === 'family')!;
    expect(family.lists).toContain(OWN_LIST);
    expect(listsPhrase(family.lists!)).toContain('your own list');
    expect(family.evidence.map((e) => e.toLowerCase())).toContain(word);
  });

  it('leave nothing changed when the re-classification is cancelled', () => {
    const cancel = () => {
      throw new Error('cancelled');
    };
    expect(() => engine.setOwnWords(summary.archiveId, {}, cancel)).toThrow('cancelled');
    expect(engine.getOwnWords(summary.archiveId).words).toEqual({ family: [word] });
    expect(familyItemsWith(word).length).toBeGreaterThan(0);
  });

  it('stay applied when the protected periods are corrected', () => {
    engine.setVisibility(summary.archiveId, { ranges: [{ from: '2020-01-01', to: '2020-06-01' }] });
    expect(familyItemsWith(word).length).toBeGreaterThan(0);
  });

  it('are applied again when the archive is imported again', async () => {
    engine.close();
    const again = await importArchive(zip, { dataDir: tmp.dir, classifyWorker: false });
    engine = new Engine({ dataDir: tmp.dir });
    expect(again.archiveId).toBe(summary.archiveId);
    expect(familyItemsWith(word).length).toBeGreaterThan(0);
  }, 120_000);

  it("are removed with the account's last archive", () => {
    expect(ownWordRows()).toBe(1);
    engine.forget(summary.archiveId);
    expect(ownWordRows()).toBe(0);
  });
});

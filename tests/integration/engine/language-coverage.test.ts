/** The summary says, per language of the real Spanish archive, what was checked and what was not. */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importArchive } from '../../../electron/engine/index';
import { REAL, tempDir } from './helpers';

describe('language coverage in the import summary', () => {
  const { dir: dataDir, cleanup } = tempDir();
  afterAll(cleanup);

  it('counts posts per X language tag, checked where the language has word lists', async () => {
    const summary = await importArchive(join(REAL, 'alrocar__x'), { dataDir });
    const coverage = summary.exposure.coverage ?? [];
    const of = (language: string | null) => coverage.find((c) => c.language === language);
    expect(of('es')).toEqual({ language: 'es', items: 749, checked: true, lists: ['es', 'en'] });
    expect(of('en')).toEqual({ language: 'en', items: 227, checked: true, lists: ['en'] });
    // Catalan has no lists yet: said, not hidden.
    expect(of('ca')).toMatchObject({ items: 6, checked: false });
    // Media-only and no-language posts are not counted as a language.
    expect(of('qme')).toBeUndefined();
    expect(of('zxx')).toBeUndefined();
    expect(coverage[0]?.language).toBe('es');
  }, 120_000);
});

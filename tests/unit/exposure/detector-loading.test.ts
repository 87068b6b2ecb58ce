/**
 * The language detector's tables cost about 87 MB in each thread that holds them: no thread may get
 * them by importing the exposure model, only by loading the detector when it starts classifying.
 */
import { build } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';
import { CLI_ENTRIES } from '../../../scripts/build-cli.mjs';

describe('the language detector', () => {
  it('is never imported statically by the app, the command line or any worker', async () => {
    const result = await build({
      entryPoints: [...Object.values(CLI_ENTRIES), 'electron/main/index.ts'],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      outdir: 'unused',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const uses = Object.entries(result.metafile.inputs).flatMap(([file, input]) =>
      input.imports.filter((i) => i.path.startsWith('eld')).map((i) => ({ file, kind: i.kind })),
    );
    expect(uses).toEqual([{ file: 'shared/exposure/language/detector.ts', kind: 'dynamic-import' }]);
  });

  it('must be loaded before anything is classified, whatever the text', async () => {
    vi.resetModules();
    const { scanText } = await import('../../../shared/exposure/classify');
    const { loadLanguageDetector } = await import('../../../shared/exposure/language/detector');
    const post = { kind: 'post', text: 'hello', lang: 'en' } as Parameters<typeof scanText>[0];
    expect(() => scanText(post)).toThrow(/language detector is not loaded/);
    await loadLanguageDetector();
    expect(scanText(post).languages.lists).toEqual(['en']);
  });
});

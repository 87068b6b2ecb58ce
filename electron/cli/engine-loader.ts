/**
 * The engine, loaded when a command runs rather than when the command line starts: the engine
 * brings the classifiers (language detection, word lists, phone metadata) and the report renderer,
 * which `list` and `--help` never need. The built command line keeps them in chunks of their own.
 */
import type { Engine } from '../engine/index';
import type { Library } from '../engine/library-only';

/**
 * `classifies`: the command checks text (the report, what X holds, bookmarks), so the language
 * detector is loaded too; the others never load it.
 */
export async function openEngine(dataDir: string, opts: { classifies?: boolean } = {}): Promise<Engine> {
  const { Engine } = await import('../engine/index');
  if (opts.classifies) {
    const { prepareClassifying } = await import('../engine/classification/prepare');
    await prepareClassifying();
  }
  return new Engine({ dataDir });
}

export function loadEngineModule(): Promise<typeof import('../engine/index')> {
  return import('../engine/index');
}

export function loadReportFiles(): Promise<typeof import('../engine/report/files')> {
  return import('../engine/report/files');
}

/** The library alone (what is imported), without the rest of the engine. */
export async function openLibraryOnly(dataDir: string): Promise<Library> {
  const { openLibraryOnly } = await import('../engine/library-only');
  return openLibraryOnly(dataDir);
}

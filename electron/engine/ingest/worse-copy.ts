import type { ArchiveSummary } from '../../../shared/model/summary';
import { UserFacingError } from '../errors';
import { openLibrary } from '../library/library-db';

/**
 * The import that would replace a better one: this copy of the archive could not be read
 * completely while the library holds a complete import of the same archive.
 */
export class WorseCopyError extends UserFacingError {
  constructor(file: string, damaged: number, keptImportedAt: string) {
    super(
      'WORSE_COPY',
      `this copy could not be read completely (${damaged} file${damaged === 1 ? '' : 's'} damaged or unreadable), ` +
        `and the library holds a complete import of the same archive (imported ${keptImportedAt.slice(0, 10)}): ` +
        'the complete one was kept; replacing it with this copy needs your confirmation',
      file,
    );
    this.name = 'WorseCopyError';
  }
}

/** Throws WorseCopyError when `summary` is partial and the library's import of the same archive is not. */
export function refuseWorseCopy(
  summary: ArchiveSummary,
  inputPath: string,
  dataDir: string,
  nativeBinding?: string,
): void {
  if (!summary.partial) return;
  const library = openLibrary(dataDir, nativeBinding);
  try {
    const kept = library
      .prepare('SELECT partial, imported_at AS importedAt FROM archives WHERE archive_id = ?')
      .get(summary.archiveId) as { partial: number; importedAt: string } | undefined;
    if (!kept || kept.partial === 1) return;
    const damaged = summary.files.filter((f) => f.status === 'error').length;
    throw new WorseCopyError(inputPath, damaged, kept.importedAt);
  } finally {
    library.close();
  }
}

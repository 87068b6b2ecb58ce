import type { Readable } from 'node:stream';
import type { Connections } from '../connections';
import { UserFacingError } from '../errors';
import { openArchiveSource } from '../archive/open-source';
import type { ArchiveSource } from '../archive/source';
import { isKnownMediaPath, mimeOf } from '../queries/media';
import type { LibraryService } from './library-service';

export interface MediaFile {
  stream: Readable;
  mime: string;
  size: number;
}

/** Media files read lazily from the archive the user imported (zip or folder), one open source per archive. */
export class MediaService {
  private readonly sources = new Map<string, Promise<ArchiveSource>>();

  constructor(
    private readonly conn: Connections,
    private readonly library: LibraryService,
  ) {
    conn.onChange((archiveId, change) => {
      if (change === 'replaced') this.closeSource(archiveId);
    });
  }

  async open(archiveId: string, archivePath: string): Promise<MediaFile> {
    if (!isKnownMediaPath(this.conn.archive(archiveId), archivePath)) {
      throw new UserFacingError('NOT_FOUND', 'this archive has no such media file');
    }
    const source = await this.source(archiveId);
    const entry = source.entries.get(archivePath);
    if (!entry) {
      throw new UserFacingError('NOT_FOUND', 'the media file is no longer in the archive', source.location);
    }
    return { stream: await source.open(archivePath), mime: mimeOf(archivePath), size: entry.size };
  }

  close(): void {
    for (const id of [...this.sources.keys()]) this.closeSource(id);
  }

  private source(archiveId: string): Promise<ArchiveSource> {
    let source = this.sources.get(archiveId);
    if (!source) {
      const { sourcePath } = this.library.summary(archiveId);
      source = openArchiveSource(sourcePath).catch((err: unknown) => {
        this.sources.delete(archiveId);
        throw err instanceof UserFacingError && err.code === 'BAD_INPUT'
          ? new UserFacingError(
              'NOT_FOUND',
              'the archive is no longer where it was imported from',
              sourcePath,
            )
          : err;
      });
      this.sources.set(archiveId, source);
    }
    return source;
  }

  private closeSource(archiveId: string): void {
    const source = this.sources.get(archiveId);
    if (!source) return;
    this.sources.delete(archiveId);
    source.then(
      (s) => s.close(),
      () => undefined,
    );
  }
}

/**
 * Media files read by the engine worker and handed over a chunk at a time, when the other side asks for
 * the next one (so a large video never sits whole in memory on either side).
 */
import type { Engine } from '../engine';
import type { FromEngine } from './protocol';

export class MediaStreams {
  private nextId = 1;
  private readonly iterators = new Map<number, AsyncIterator<Buffer>>();

  constructor(private readonly send: (message: FromEngine, transfer?: ArrayBuffer[]) => void) {}

  async open(engine: Engine, archiveId: string, archivePath: string) {
    const file = await engine.openMedia(archiveId, archivePath);
    const streamId = this.nextId++;
    this.iterators.set(streamId, file.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
    return { streamId, mime: file.mime, size: file.size };
  }

  async read(streamId: number): Promise<void> {
    const it = this.iterators.get(streamId);
    if (!it) return this.send({ type: 'media:error', streamId });
    try {
      const next = await it.next();
      if (next.done) {
        this.iterators.delete(streamId);
        return this.send({ type: 'media:chunk', streamId, chunk: null });
      }
      // A copy of its own, so its memory can be handed over instead of copied again.
      const chunk = new Uint8Array(next.value);
      this.send({ type: 'media:chunk', streamId, chunk }, [chunk.buffer]);
    } catch {
      this.iterators.delete(streamId);
      this.send({ type: 'media:error', streamId });
    }
  }

  close(streamId: number): void {
    const it = this.iterators.get(streamId);
    this.iterators.delete(streamId);
    void it?.return?.();
  }

  closeAll(): void {
    for (const id of [...this.iterators.keys()]) this.close(id);
  }
}

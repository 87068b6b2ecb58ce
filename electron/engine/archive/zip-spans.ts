/** Size of a local file header before its name and extra field. */
export const LOCAL_HEADER_MIN = 30;

/**
 * Where each zip entry's bytes start and, at the least, end (local header + compressed data; the
 * name and extra field make the real extent longer, never shorter). In a zip any archiver writes,
 * entries follow one another; entries that share bytes are a zip built to inflate the same
 * compressed data many times over.
 */
export class ZipSpans {
  private starts: number[] = [];
  private ends: number[] = [];

  add(localHeaderOffset: number, compressedSize: number): void {
    this.starts.push(localHeaderOffset);
    this.ends.push(localHeaderOffset + LOCAL_HEADER_MIN + compressedSize);
  }

  /** True when two entries claim some of the same bytes. */
  overlap(): boolean {
    const n = this.starts.length;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => this.starts[a]! - this.starts[b]!);
    for (let k = 1; k < n; k++) {
      if (this.starts[order[k]!]! < this.ends[order[k - 1]!]!) return true;
    }
    return false;
  }
}

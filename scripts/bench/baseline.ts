/**
 * The floor an import is compared with: every data file inflated with zlib straight from the zip's
 * bytes and JSON.parse'd (prefix stripped), nothing else. Where each file lies comes from the zip's
 * central directory (yauzl reads the directory; no entry is opened through it); each file's bytes
 * are then read at their offset and inflated in one call. The zip library's entry-by-entry stream
 * open is not in the floor, as it is work an importer could do without.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

export interface Baseline {
  seconds: number;
  files: number;
  bytes: number;
  elements: number;
}

/** Data files an import reads: `.js`/`.csv` outside media folders and the viewer's assets. */
export const isDataEntry = (name: string): boolean =>
  /\.(js|csv)$/.test(name) && !/(^|\/)(assets|__MACOSX)\//.test(name) && !/_media\//.test(name);

interface Located {
  offset: number;
  compressedSize: number;
  method: number;
}

/** The JS data files' places in the zip, from its central directory. */
function locateDataFiles(zipPath: string): Promise<Located[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('cannot open zip'));
      const found: Located[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        if (isDataEntry(entry.fileName) && entry.fileName.endsWith('.js')) {
          found.push({
            offset: entry.relativeOffsetOfLocalHeader,
            compressedSize: entry.compressedSize,
            method: entry.compressionMethod,
          });
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve(found));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

function readAt(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new Error('the zip ends early');
    done += n;
  }
  return buffer;
}

export async function runBaseline(zipPath: string): Promise<Baseline> {
  const started = performance.now();
  const result: Baseline = { seconds: 0, files: 0, bytes: 0, elements: 0 };
  const files = await locateDataFiles(zipPath);
  const fd = openSync(zipPath, 'r');
  try {
    for (const file of files) {
      const header = readAt(fd, 30, file.offset);
      const dataStart = file.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      const raw = readAt(fd, file.compressedSize, dataStart);
      const bytes = file.method === 8 ? inflateRawSync(raw) : raw;
      const text = bytes.toString('utf8');
      const value: unknown = JSON.parse(text.slice(text.indexOf('=') + 1));
      result.files += 1;
      result.bytes += bytes.length;
      result.elements += Array.isArray(value) ? value.length : 1;
    }
  } finally {
    closeSync(fd);
  }
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

/**
 * The floor an import is compared with: inflate every data file in the zip and JSON.parse it
 * (prefix stripped), nothing else.
 */
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

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', reject);
    });
  });
}

export function runBaseline(zipPath: string): Promise<Baseline> {
  const started = performance.now();
  const result: Baseline = { seconds: 0, files: 0, bytes: 0, elements: 0 };
  return new Promise<Baseline>((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('cannot open zip'));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!isDataEntry(entry.fileName) || entry.fileName.endsWith('.csv')) return zip.readEntry();
        readEntry(zip, entry).then((buffer) => {
          const text = buffer.toString('utf8');
          const value: unknown = JSON.parse(text.slice(text.indexOf('=') + 1));
          result.files += 1;
          result.bytes += buffer.length;
          result.elements += Array.isArray(value) ? value.length : 1;
          zip.readEntry();
        }, reject);
      });
      zip.on('end', () => resolve({ ...result, seconds: (performance.now() - started) / 1000 }));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

import { promises as fsp } from 'node:fs';
import { resolve } from 'node:path';
import type { ArchiveSource } from './source';
import { DirSource } from './dir-source';
import { ZipSource, type ZipOpenOptions } from './zip-source';
import { UserFacingError } from '../errors';
import { existsUnderLossyName } from './lossy-path';

const ZIP_MAGIC = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];

/** Opens a zip file or a folder the user chose; anything else is BAD_INPUT. */
export async function openArchiveSource(
  inputPath: string,
  opts: ZipOpenOptions = {},
): Promise<ArchiveSource> {
  const location = resolve(inputPath);
  let stat;
  try {
    stat = await fsp.stat(location);
  } catch {
    if (existsUnderLossyName(location)) {
      throw new UserFacingError(
        'BAD_INPUT',
        'its name (or the name of a folder above it) is not valid UTF-8 text, so it cannot be opened by that name: rename it and try again',
        inputPath,
      );
    }
    throw new UserFacingError('BAD_INPUT', 'no such file or folder', inputPath);
  }
  if (stat.isDirectory()) return DirSource.open(location);
  if (!stat.isFile()) throw new UserFacingError('BAD_INPUT', 'not a zip file or a folder', inputPath);
  const head = Buffer.alloc(4);
  const fh = await fsp.open(location, 'r');
  try {
    await fh.read(head, 0, 4, 0);
  } finally {
    await fh.close();
  }
  if (!ZIP_MAGIC.some((m) => m.equals(head))) {
    throw new UserFacingError(
      'BAD_INPUT',
      stat.size === 0
        ? 'the file is empty (0 bytes)'
        : 'not a zip file (choose the .zip X sent you, or its extracted folder)',
      inputPath,
    );
  }
  return ZipSource.open(location, opts);
}

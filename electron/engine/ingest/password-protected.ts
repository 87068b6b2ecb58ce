import type { ArchivePlan } from '../archive/plan';
import type { ArchiveSource } from '../archive/source';
import { UserFacingError } from '../errors';

export const PASSWORD_PROTECTED =
  "the archive is password-protected; X's archives are not: download it again or unzip it with its password";

/**
 * A zip whose data files are all password-protected has nothing this app can read: that is a wrong
 * file, not an empty archive (X never sets a password). Refused before anything is written. One
 * protected entry among readable ones stays that file's error.
 */
export function refusePasswordProtected(source: ArchiveSource, plan: ArchivePlan, inputPath: string): void {
  const present = plan.files.filter((f) => f.present).map((f) => source.entries.get(f.path));
  if (present.length > 0 && present.every((entry) => entry?.encrypted === true)) {
    throw new UserFacingError('BAD_INPUT', PASSWORD_PROTECTED, inputPath);
  }
}

import type { Migration } from '../../migrate';
import { migration as m001 } from './001-initial';
import { migration as m002 } from './002-bookmark-imports';
import { migration as m003 } from './003-indexes';
import { migration as m004 } from './004-held-data';
import { migration as m005 } from './005-reply-target-indexes';

/**
 * The archive database's migrations, in order: entry N-1 moves a database from user_version N-1 to N.
 * To change the schema, add the next numbered file and one line here (see /README.md, "Schema changes").
 */
export const ARCHIVE_MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004, m005];

import type { Migration } from '../../migrate';
import { migration as m001 } from './001-initial';
import { migration as m002 } from './002-checklist-progress';
import { migration as m003 } from './003-deletion-list';
import { migration as m004 } from './004-account-residence';
import { migration as m005 } from './005-own-words';

/**
 * The library database's migrations, in order: entry N-1 moves a database from user_version N-1 to N.
 * To change the schema, add the next numbered file and one line here (see /README.md, "Schema changes").
 */
export const LIBRARY_MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004, m005];

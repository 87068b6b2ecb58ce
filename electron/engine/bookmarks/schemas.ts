/** Runtime validation of the bookmark channels; spread into the service's requestSchemas. */
import { z } from 'zod';
import { BOOKMARK_FIELDS } from '../../../shared/model/bookmarks';
import type { Req } from '../../../shared/ipc/contract';
import type { BookmarkChannel } from './handlers';

const archiveId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'not an archive id');
const path = z.string().min(1).max(4096);
const mapping = z
  .partialRecord(z.enum(BOOKMARK_FIELDS), z.string().min(1).max(500))
  .refine(
    (m) => new Set(Object.values(m)).size === Object.values(m).length,
    'a column can hold only one field',
  );

export const bookmarkRequestSchemas = {
  'bookmarks:pickFile': z.undefined(),
  'bookmarks:preview': z.object({ path, mapping: mapping.optional() }).strict(),
  'bookmarks:import': z.object({ archiveId, path, mapping }).strict(),
  'bookmarks:state': z.object({ archiveId }).strict(),
} satisfies { [C in BookmarkChannel]: z.ZodType<Req<C>> };

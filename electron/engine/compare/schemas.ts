/** Runtime validation of the compare channel; spread into the service's requestSchemas. */
import { z } from 'zod';
import type { Req } from '../../../shared/ipc/contract';
import type { CompareChannel } from './handlers';

const archiveId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'not an archive id');

export const compareRequestSchemas = {
  'compare:run': z.object({ olderId: archiveId, newerId: archiveId }).strict(),
} satisfies { [C in CompareChannel]: z.ZodType<Req<C>> };

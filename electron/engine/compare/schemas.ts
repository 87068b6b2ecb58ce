/** Runtime validation of the compare channel; spread into the service's requestSchemas. */
import { z } from 'zod';
import type { CompareChannel } from './handlers';

const archiveId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'not an archive id');

export const compareRequestSchemas = {
  'compare:run': z.object({ olderId: archiveId, newerId: archiveId }).strict(),
} satisfies Record<CompareChannel, z.ZodType>;

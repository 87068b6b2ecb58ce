/** Runtime validation of the checklist and report channels; spread into the service's requestSchemas. */
import { z } from 'zod';
import { RESIDENCES } from '../../../shared/checklist/rights/residence';
import { STEP_IDS, STEP_STATUSES } from '../../../shared/checklist/types';
import { PAPER_SIZES } from '../../../shared/report/model';
import type { Req } from '../../../shared/ipc/contract';
import type { ReportChannel } from './handlers';

const archiveId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'not an archive id');
const reportRequest = z
  .object({
    archiveId,
    redactText: z.boolean(),
    paper: z.enum(PAPER_SIZES),
    compareWith: archiveId.optional(),
  })
  .strict();

export const reportRequestSchemas = {
  'checklist:get': z.object({ archiveId }).strict(),
  'checklist:set': z.object({ archiveId, stepId: z.enum(STEP_IDS), status: z.enum(STEP_STATUSES) }).strict(),
  'checklist:residence': z.object({ archiveId, residence: z.enum(RESIDENCES).nullable() }).strict(),
  'checklist:saveLetter': z.object({ archiveId, format: z.enum(['txt', 'pdf']) }).strict(),
  'report:build': reportRequest,
  'report:savePdf': reportRequest,
  'report:saveHtml': reportRequest,
  'report:saveCsv': z.object({ archiveId }).strict(),
} satisfies { [C in ReportChannel]: z.ZodType<Req<C>> };

/**
 * Runtime validation of every request channel's input. Main and the e2e harness validate `unknown`
 * input from the renderer with these before any engine call. The mapped type makes a missing
 * channel a type error.
 */
import { z } from 'zod';
import type { Req, RequestChannel } from '../../../shared/ipc/contract';
import { reportRequestSchemas } from '../report/schemas';
import { bookmarkRequestSchemas } from '../bookmarks/schemas';
import { compareRequestSchemas } from '../compare/schemas';
import { OWN_WORD_FLAGS } from '../../../shared/exposure/detectors/own-words';
import { CHANNELS, FLAGS, ITEM_KINDS, LEVELS, POST_TYPES, VISIBILITIES } from '../../../shared/model/kinds';

const archiveId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'not an archive id');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'not an ISO date');
const byArchive = z.object({ archiveId }).strict();
const protectedRange = z.object({ from: isoDate, to: isoDate.nullable() }).strict();

/** Per category, at most 500 words of at most 100 characters each. */
const ownWords = z
  .object(
    Object.fromEntries(
      OWN_WORD_FLAGS.map((flag) => [flag, z.array(z.string().max(100)).max(500).optional()]),
    ) as Record<(typeof OWN_WORD_FLAGS)[number], z.ZodOptional<z.ZodArray<z.ZodString>>>,
  )
  .strict();

const itemIds = z.array(z.number().int().min(0)).max(2_000_000);

export const itemQuerySchema = z
  .object({
    archiveId,
    kinds: z.array(z.enum(ITEM_KINDS)).max(ITEM_KINDS.length).optional(),
    postTypes: z.array(z.enum(POST_TYPES)).max(POST_TYPES.length).optional(),
    channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).optional(),
    flags: z.array(z.enum(FLAGS)).max(FLAGS.length).optional(),
    levels: z.array(z.enum(LEVELS)).max(LEVELS.length).optional(),
    visibilities: z.array(z.enum(VISIBILITIES)).max(VISIBILITIES.length).optional(),
    conversations: z.array(z.string().min(1).max(200)).max(1000).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    text: z.string().max(500).optional(),
    sort: z.enum(['dateDesc', 'dateAsc', 'levelDesc']).optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict();

export const requestSchemas = {
  'library:list': z.undefined(),
  'archive:summary': byArchive,
  'archive:forget': byArchive,
  'dialog:pickArchive': z.object({ kind: z.enum(['file', 'folder']) }).strict(),
  'import:start': z.object({ path: z.string().min(1).max(4096), replace: z.boolean().optional() }).strict(),
  'import:cancel': z.object({ jobId: z.string().uuid() }).strict(),
  'items:query': itemQuerySchema,
  'items:detail': z
    .object({ archiveId, itemId: z.number().int().min(0), revealPrivate: z.boolean().optional() })
    .strict(),
  'items:exportCsv': z.union([
    z.object({ archiveId, itemIds: itemIds }).strict(),
    z.object({ archiveId, matching: itemQuerySchema, exceptIds: itemIds }).strict(),
  ]),
  'overview:get': byArchive,
  'account:data': byArchive,
  'items:conversations': byArchive,
  'items:conversationCounts': itemQuerySchema,
  'visibility:get': byArchive,
  'visibility:set': z
    .object({
      archiveId,
      ranges: z.array(protectedRange).max(1000).nullable().optional(),
      circleRanges: z.array(protectedRange).max(1000).optional(),
    })
    .strict(),
  'ownWords:get': byArchive,
  'ownWords:set': z.object({ archiveId, words: ownWords }).strict(),
  'ownWords:recheck': byArchive,
  'shell:openPost': z.object({ url: z.string().max(2048) }).strict(),
  'job:cancel': z.object({ jobId: z.string().uuid() }).strict(),
  ...reportRequestSchemas,
  ...bookmarkRequestSchemas,
  ...compareRequestSchemas,
} satisfies { [C in RequestChannel]: z.ZodType<Req<C>> };

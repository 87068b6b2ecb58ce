import type { ProtectedRange } from '../../../shared/model/overview';
import type { ClassifyContext, ClassifyInput } from '../../../shared/exposure/types';

export function item(overrides: Partial<ClassifyInput> = {}): ClassifyInput {
  return {
    kind: 'post',
    postTypes: ['original'],
    createdAt: '2025-01-01T00:00:00.000Z',
    deletedAt: null,
    text: 'hello world',
    media: [],
    geo: null,
    mentions: [],
    inReplyToStatusId: null,
    ...overrides,
  };
}

export const ARCHIVE_DATE = '2026-07-01T00:00:00.000Z';

/** A context with protected ranges (history present), or with none and no history (public assumed). */
export function context(ranges: ProtectedRange[] | null = null, asOf = ARCHIVE_DATE): ClassifyContext {
  return { protectedRanges: ranges ?? [], hasProtectedHistory: ranges !== null, asOf };
}

/** An ISO instant `seconds` away from `iso`. */
export function shift(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString();
}

export function text(t: string, overrides: Partial<ClassifyInput> = {}): ClassifyInput {
  return item({ text: t, ...overrides });
}

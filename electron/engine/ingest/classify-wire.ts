/**
 * The exposure model's inputs and results as flat arrays of primitives, so batches of them cross
 * to the classification worker cheaply (structured clone of flat arrays), and the shared reason
 * sets are sent once each. Used on both sides; no Node or database imports.
 */
import type { Classification, ClassifyInput } from '../../../shared/exposure/types';
import { postTypeMask, postTypesOf } from '../db/bits';
import { classificationColumns } from '../classification/stored-columns';
import type { ReasonKeys } from '../classification/reasons';

export const INPUT_WIDTH = 14;
const SEP = '\u0001';

export function encodeInput(input: ClassifyInput, out: unknown[]): void {
  out.push(
    input.kind,
    postTypeMask(input.postTypes),
    input.createdAt,
    input.deletedAt,
    input.text,
    input.media.length > 0 ? input.media.map((m) => m.type).join(',') : '',
    input.geo?.lat ?? null,
    input.geo?.long ?? null,
    input.geo?.placeName ?? null,
    input.mentions.length > 0 ? input.mentions.join(SEP) : '',
    input.inReplyToStatusId,
    input.authoredBySelf === undefined ? null : input.authoredBySelf ? 1 : 0,
    input.lang ?? null,
    input.circle ? 1 : 0,
  );
}

export function decodeInput(a: readonly unknown[], at: number): ClassifyInput {
  const media = a[at + 5] as string;
  const lat = a[at + 6] as number | null;
  const long = a[at + 7] as number | null;
  const place = a[at + 8] as string | null;
  const mentions = a[at + 9] as string;
  const authored = a[at + 11] as number | null;
  const input: ClassifyInput = {
    kind: a[at] as ClassifyInput['kind'],
    postTypes: postTypesOf(a[at + 1] as number),
    createdAt: a[at + 2] as string | null,
    deletedAt: a[at + 3] as string | null,
    text: a[at + 4] as string | null,
    media: media
      ? media.split(',').map((type) => ({ type: type as ClassifyInput['media'][number]['type'] }))
      : [],
    geo:
      lat !== null || place !== null
        ? {
            ...(lat !== null ? { lat } : {}),
            ...(long !== null ? { long } : {}),
            ...(place !== null ? { placeName: place } : {}),
          }
        : null,
    mentions: mentions ? mentions.split(SEP) : [],
    inReplyToStatusId: a[at + 10] as string | null,
    lang: a[at + 12] as string | null,
  };
  if (authored !== null) input.authoredBySelf = authored === 1;
  if (a[at + 13] === 1) input.circle = true;
  return input;
}

/** Appends a classification's stored columns, its reason set numbered by the worker's ReasonKeys. */
export function encodeResult(c: Classification, keys: ReasonKeys, out: unknown[]): void {
  out.push(...classificationColumns(c, keys.key(c)));
}

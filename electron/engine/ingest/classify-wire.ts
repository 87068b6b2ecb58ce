/**
 * The exposure model's inputs and results as flat arrays of primitives, so batches of them cross
 * to the classification worker cheaply (structured clone of flat arrays), and the shared reason
 * sets are sent once each. Used on both sides; no Node or database imports.
 */
import type { Visibility } from '../../../shared/model/kinds';
import type { Classification, ClassifyInput } from '../../../shared/exposure/types';
import { channelMask, flagMask, levelRank, postTypeMask, postTypesOf } from '../db/bits';

/** The stored columns of one classification, in `items` column order after `post_types`. */
export type ClassificationColumns = [
  number,
  number,
  number,
  Visibility,
  number | null,
  number,
  string | null,
];

export const INPUT_WIDTH = 12;
export const RESULT_WIDTH = 7;
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
  };
  if (authored !== null) input.authoredBySelf = authored === 1;
  return input;
}

/**
 * Numbers the exposure model's reason sets. The model shares one frozen reasons object per
 * situation, so the lookup is by identity first (no JSON per item), by JSON text otherwise.
 */
export class ReasonKeys {
  private readonly byObject = new WeakMap<object, Map<string, number>>();
  private readonly byJson = new Map<string, number>();
  private fresh: Array<[number, string]> = [];

  key(c: Classification): number {
    let perLevel = this.byObject.get(c.channelReasons);
    const known = perLevel?.get(c.levelReason);
    if (known !== undefined) return known;
    const json = JSON.stringify({ channelReasons: c.channelReasons, levelReason: c.levelReason });
    let key = this.byJson.get(json);
    if (key === undefined) {
      key = this.byJson.size + 1;
      this.byJson.set(json, key);
      this.fresh.push([key, json]);
    }
    if (!perLevel) {
      perLevel = new Map();
      this.byObject.set(c.channelReasons, perLevel);
    }
    perLevel.set(c.levelReason, key);
    return key;
  }

  /** The reason sets numbered since the last call, as [key, JSON]. */
  takeNew(): Array<[number, string]> {
    const out = this.fresh;
    this.fresh = [];
    return out;
  }
}

/** Appends a classification's stored columns, with the reason set as a ReasonKeys key. */
export function encodeResult(c: Classification, keys: ReasonKeys, out: unknown[]): void {
  out.push(
    channelMask(c.channels),
    flagMask(c.flags),
    levelRank(c.level),
    c.visibility,
    c.publicSinceCutoff === null ? null : c.publicSinceCutoff ? 1 : 0,
    keys.key(c),
    c.flagEvidence.length > 0 ? JSON.stringify(c.flagEvidence) : null,
  );
}

/** Per-file limits enforced while streaming, so a hostile or broken file cannot exhaust memory. */
export interface ParseLimits {
  /** Largest inflated size of one data file. X cuts parts at about 100 MiB. */
  maxInflatedBytes: number;
  /** Largest inflated/compressed ratio for a zip entry (zip bomb guard), checked past 1 MiB. */
  maxCompressionRatio: number;
  /** Largest array element parsed whole (one tweet, one DM conversation, ...). */
  maxElementBytes: number;
  /**
   * Largest element of a type that can be read in pieces (a DM conversation: its messages one by
   * one); held as bytes, never parsed whole.
   */
  maxPiecewiseElementBytes: number;
  /** Deepest JSON nesting inside one element. */
  maxDepth: number;
  /** Longest `window.YTD.x.part0 =` prefix before the array starts. */
  maxPrefixBytes: number;
}

export const DEFAULT_LIMITS: ParseLimits = {
  maxInflatedBytes: 2 * 1024 ** 3,
  maxCompressionRatio: 1000,
  maxElementBytes: 64 * 1024 ** 2,
  maxPiecewiseElementBytes: 512 * 1024 ** 2,
  maxDepth: 64,
  maxPrefixBytes: 4096,
};

/** Below this, the compression ratio is not judged (tiny files compress oddly). */
export const RATIO_CHECK_FROM = 1024 * 1024;

export const ZIP_BOMB_MESSAGE = 'the file inflates far more than real data does (a possible zip bomb)';

/**
 * The problem with a file whose declared size is already over the limits, before a byte is read;
 * null when it may be read (the streaming checks still hold it to the same limits).
 */
export function declaredSizeProblem(
  size: number,
  compressedSize: number | null,
  limits: ParseLimits,
): string | null {
  if (size > limits.maxInflatedBytes)
    return `the file is larger than ${formatBytes(limits.maxInflatedBytes)}`;
  if (
    compressedSize !== null &&
    size > RATIO_CHECK_FROM &&
    size / Math.max(1, compressedSize) > limits.maxCompressionRatio
  )
    return ZIP_BOMB_MESSAGE;
  return null;
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GiB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

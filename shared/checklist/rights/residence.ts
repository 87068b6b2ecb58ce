/**
 * Where the person lives, for the rights they can use: their own answer (asked once, kept per account)
 * or, until they answer, a guess from strong hints in the archive. A guess is never stated as fact.
 */
import type { EuHint } from '../types';

export const RESIDENCES = ['eu', 'uk', 'ch', 'california', 'canada', 'elsewhere'] as const;
export type Residence = (typeof RESIDENCES)[number];

export const RESIDENCE_LABELS: Record<Residence, string> = {
  eu: 'In the European Union, Iceland, Liechtenstein or Norway',
  uk: 'In the United Kingdom',
  ch: 'In Switzerland',
  california: 'In California',
  canada: 'In Canada',
  elsewhere: 'Somewhere else',
};

const UK_ZONES = /^(europe\/)?(london|edinburgh|belfast|guernsey|jersey|isle_of_man)$/i;
const CH_ZONES = /^(europe\/)?(zurich|bern|busingen)$/i;

function fromHint(h: EuHint): Residence {
  if (h.source === 'phone') return h.value.endsWith('(GB)') ? 'uk' : h.value.endsWith('(CH)') ? 'ch' : 'eu';
  if (h.source === 'timezone') {
    const zone = h.value.trim().replace(/ /g, '_');
    return UK_ZONES.test(zone) ? 'uk' : CH_ZONES.test(zone) ? 'ch' : 'eu';
  }
  return 'eu';
}

/** A guess from the archive's strong hints (phone, time zone first), or null when there is none. */
export function residenceFromHints(hints: readonly EuHint[]): Residence | null {
  const strong = hints.filter((h) => h.strength === 'strong');
  const best =
    strong.find((h) => h.source === 'phone') ?? strong.find((h) => h.source === 'timezone') ?? strong[0];
  return best ? fromHint(best) : null;
}

export function isResidence(value: unknown): value is Residence {
  return typeof value === 'string' && (RESIDENCES as readonly string[]).includes(value);
}

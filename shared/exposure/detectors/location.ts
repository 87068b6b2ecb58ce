/** Precise location: geo or place data on the item, coordinates in the text, or a street address. */
import { alternationSource } from '../lexicon/compile';
import { allLexicons } from '../lexicon/registry';
import { addEvidence, type Detector } from './detector';

const streetTypes = alternationSource(
  allLexicons().flatMap((l) => l.location?.streetTypes ?? []),
  true,
);
/** A house number, one to three capitalised words, then a street type: "221B Baker Street", "10 Downing St". */
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,5}[A-Za-z]?\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}${streetTypes}\\.?(?![\\p{L}\\p{N}])`,
  'gu',
);
/** "51.50135, -0.14189": four or more decimals on both, so prices and versions do not match. */
const COORDINATES = /(?<![\d.])(-?\d{1,2}\.\d{4,})\s*,\s*(-?\d{1,3}\.\d{4,})(?![\d.])/g;

function geoEvidence(geo: NonNullable<Parameters<Detector>[0]['geo']>): string | null {
  if (geo.placeName) return `place: ${geo.placeName}`;
  if (geo.lat !== undefined && geo.long !== undefined) return `coordinates: ${geo.lat}, ${geo.long}`;
  return null;
}

export const detectLocation: Detector = (input, found) => {
  const evidence: string[] = [];
  if (input.geo) {
    const e = geoEvidence(input.geo);
    if (e) addEvidence(evidence, e);
  }
  const text = input.text;
  if (text && /\d/.test(text)) {
    ADDRESS.lastIndex = 0;
    for (let m = ADDRESS.exec(text); m !== null; m = ADDRESS.exec(text)) addEvidence(evidence, m[0]);
    COORDINATES.lastIndex = 0;
    for (let m = COORDINATES.exec(text); m !== null; m = COORDINATES.exec(text)) {
      if (Math.abs(Number(m[1])) <= 90 && Math.abs(Number(m[2])) <= 180) addEvidence(evidence, m[0]);
    }
  }
  if (evidence.length === 0) return;
  found.push({
    flag: 'location',
    evidence,
    reason: 'A place, coordinates or a street address: it can reveal where you live or go.',
  });
};

/**
 * Contact details: email addresses and phone numbers. Phone numbers are validated with libphonenumber-js
 * (full metadata): international numbers ("+44 20 7946 0958") anywhere; national numbers in the usual
 * written shapes of North America ("(415) 555-2671", "415-555-2671") and the UK ("020 7946 0958",
 * "07911 123456"); and numbers written the way the account's country (from its phone number) or the
 * countries of the text's language write them ("030 901820" in Germany, "06 12 34 56 78" in a French
 * post), found by libphonenumber's own matcher. Bare digit runs, dates, prices, years, post ids and
 * the digit groups of an IBAN, card or bank account never match.
 */
import {
  findPhoneNumbersInText,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/max';
import { LEXICONS } from '../lexicon/registry';
import { addEvidence, type Detector } from './detector';
import { withoutFinancial } from './finance';
import { mayHoldLongNumber, withoutLinks } from './text-guards';

const EMAIL =
  /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-])/g;

const INTERNATIONAL_HINT = /\+\d/;
/**
 * How people write a phone number, as opposed to an order number or a version: international, with
 * the trunk prefix or brackets, or in groups. "123456789" and "3.14.159265" may be valid numbers
 * somewhere, but nobody writes a phone number that way.
 */
const WRITTEN_AS_PHONE = /^[+0(]|\d[ -]\d/;
/** Cheaper than the full pattern, and false for the common case of a bare @mention. */
const EMAIL_HINT = /[A-Za-z0-9._%+-]@[A-Za-z0-9]/;

/** National shapes, each validated for its region. */
const NATIONAL: ReadonlyArray<{ region: CountryCode; shape: RegExp }> = [
  { region: 'US', shape: /(?<![\d+])(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\d])/g },
  { region: 'GB', shape: /(?<![\d+])0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\d])/g },
];

/** The country of a phone number in international form, or null. */
export function phoneRegionOf(phone: string | null | undefined): string | null {
  return (phone && parsePhoneNumberFromString(phone)?.country) || null;
}

/** The countries whose national number formats are tried: the account's, then the text's language's. */
function candidateRegions(account: string | null | undefined, language: string | null): CountryCode[] {
  const regions: CountryCode[] = [];
  for (const r of [account, ...(language ? (LEXICONS[language]?.meta.phoneRegions ?? []) : [])]) {
    if (r && r !== 'US' && r !== 'GB' && isSupportedCountry(r) && !regions.includes(r)) regions.push(r);
  }
  return regions;
}

function findPhones(text: string, evidence: string[], regions: readonly CountryCode[]): void {
  const searches: Array<CountryCode | null> =
    regions.length > 0 ? [...regions] : INTERNATIONAL_HINT.test(text) ? [null] : [];
  for (const region of searches) {
    const found = region
      ? findPhoneNumbersInText(text, { defaultCountry: region })
      : findPhoneNumbersInText(text);
    for (const f of found) {
      const raw = text.slice(f.startsAt, f.endsAt);
      if (WRITTEN_AS_PHONE.test(raw)) addEvidence(evidence, raw);
    }
  }
  for (const { region, shape } of NATIONAL) {
    shape.lastIndex = 0;
    for (let m = shape.exec(text); m !== null; m = shape.exec(text)) {
      if (parsePhoneNumberFromString(m[0], region)?.isValid()) addEvidence(evidence, m[0]);
    }
  }
}

export const detectContact: Detector = (input, found, ctx, scan) => {
  const text = input.text;
  if (!text) return;
  const evidence: string[] = [];
  if (EMAIL_HINT.test(text)) {
    EMAIL.lastIndex = 0;
    for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) addEvidence(evidence, m[0]);
  }
  if (mayHoldLongNumber(text)) {
    const regions = candidateRegions(ctx.phoneRegion, scan.languages.primary);
    findPhones(withoutFinancial(withoutLinks(text)), evidence, regions);
  }
  if (evidence.length === 0) return;
  found.push({
    flag: 'contact',
    evidence,
    reason: 'An email address or phone number: it identifies and reaches a person directly.',
  });
};

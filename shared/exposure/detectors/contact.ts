/**
 * Contact details: email addresses and phone numbers. Phone numbers are validated with libphonenumber-js
 * (full metadata): international numbers ("+44 20 7946 0958") anywhere, and national numbers only in the
 * usual written shapes of North America ("(415) 555-2671", "415-555-2671") and the UK ("020 7946 0958",
 * "07911 123456"). Bare digit runs, dates, prices, years and post ids never match.
 */
import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { addEvidence, type Detector } from './detector';
import { mayHoldLongNumber, withoutLinks } from './text-guards';

const EMAIL =
  /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-])/g;

const INTERNATIONAL_HINT = /\+\d/;
/** Cheaper than the full pattern, and false for the common case of a bare @mention. */
const EMAIL_HINT = /[A-Za-z0-9._%+-]@[A-Za-z0-9]/;

/** National shapes, each validated for its region. */
const NATIONAL: ReadonlyArray<{ region: CountryCode; shape: RegExp }> = [
  { region: 'US', shape: /(?<![\d+])(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\d])/g },
  { region: 'GB', shape: /(?<![\d+])0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\d])/g },
];

function findPhones(text: string, evidence: string[]): void {
  if (INTERNATIONAL_HINT.test(text)) {
    for (const found of findPhoneNumbersInText(text))
      addEvidence(evidence, text.slice(found.startsAt, found.endsAt));
  }
  for (const { region, shape } of NATIONAL) {
    shape.lastIndex = 0;
    for (let m = shape.exec(text); m !== null; m = shape.exec(text)) {
      if (parsePhoneNumberFromString(m[0], region)?.isValid()) addEvidence(evidence, m[0]);
    }
  }
}

export const detectContact: Detector = (input, found) => {
  const text = input.text;
  if (!text) return;
  const evidence: string[] = [];
  if (EMAIL_HINT.test(text)) {
    EMAIL.lastIndex = 0;
    for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) addEvidence(evidence, m[0]);
  }
  if (mayHoldLongNumber(text)) findPhones(withoutLinks(text), evidence);
  if (evidence.length === 0) return;
  found.push({
    flag: 'contact',
    evidence,
    reason: 'An email address or phone number: it identifies and reaches a person directly.',
  });
};

/**
 * Financial identifiers: payment card numbers (known issuer prefix, valid length, Luhn checksum),
 * IBANs (country length and ISO 13616 mod-97 checksum) and national bank account numbers
 * (bank-accounts.ts). Their spans are also what the phone search skips: the digit groups of an IBAN
 * or a card are not a phone number.
 */
import { findBankAccounts, type Span } from './bank-accounts';
import { addEvidence, type Detector } from './detector';
import { mayHoldLongNumber, withoutLinks } from './text-guards';

const CARD_CANDIDATE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
/** Capitals, in groups of four with optional single spaces, as IBANs are written. */
const IBAN_CANDIDATE =
  /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g;

/** Issuer prefixes and lengths: Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro. */
function plausibleCard(digits: string): boolean {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p4 = Number(digits.slice(0, 4));
  if (digits[0] === '4') return n === 13 || n === 16 || n === 19;
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16;
  if (p2 === 34 || p2 === 37) return n === 15;
  if (p4 === 6011 || p2 === 65 || (p4 >= 6440 && p4 <= 6499)) return n >= 16 && n <= 19;
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19;
  if (p2 === 36 || p2 === 38 || (p4 >= 3000 && p4 <= 3059)) return n >= 14 && n <= 19;
  if (p2 === 62) return n >= 16 && n <= 19;
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12 && n <= 19;
  return false;
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** IBAN lengths of the countries that use them most; others must be 15-34 characters. */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AT: 20,
  BE: 16,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LT: 20,
  LU: 20,
  LV: 21,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  TR: 26,
  UA: 29,
  AE: 23,
  SA: 24,
  IL: 23,
  BR: 29,
};

export function ibanValid(raw: string): boolean {
  const iban = raw.replace(/ /g, '').toUpperCase();
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined ? iban.length !== expected : iban.length < 15 || iban.length > 34) return false;
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

let lastText: string | null = null;
let lastSpans: readonly Span[] = [];

/** Every financial identifier in a text (links already removed), in text order per kind. */
export function findFinancial(text: string): readonly Span[] {
  if (text === lastText) return lastSpans;
  const spans: Span[] = [];
  if (mayHoldLongNumber(text)) {
    CARD_CANDIDATE.lastIndex = 0;
    for (let m = CARD_CANDIDATE.exec(text); m !== null; m = CARD_CANDIDATE.exec(text)) {
      const digits = m[0].replace(/[ -]/g, '');
      if (plausibleCard(digits) && luhnValid(digits))
        spans.push({
          start: m.index,
          end: m.index + m[0].length,
          evidence: `card ending ${digits.slice(-4)}`,
        });
    }
    IBAN_CANDIDATE.lastIndex = 0;
    for (let m = IBAN_CANDIDATE.exec(text); m !== null; m = IBAN_CANDIDATE.exec(text)) {
      if (ibanValid(m[0]))
        spans.push({
          start: m.index,
          end: m.index + m[0].length,
          evidence: `IBAN ${m[0].slice(0, 4).toUpperCase()}…`,
        });
    }
    findBankAccounts(text, spans);
  }
  lastText = text;
  lastSpans = spans;
  return spans;
}

/** The text with its financial identifiers blanked out (same length), for the phone search. */
export function withoutFinancial(text: string): string {
  const spans = findFinancial(text);
  if (spans.length === 0) return text;
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

export const detectFinance: Detector = (input, found) => {
  const raw = input.text;
  if (!raw || !mayHoldLongNumber(raw)) return;
  const spans = findFinancial(withoutLinks(raw));
  if (spans.length === 0) return;
  const evidence: string[] = [];
  for (const s of spans) addEvidence(evidence, s.evidence);
  found.push({
    flag: 'finance',
    evidence,
    reason:
      'A payment card number or bank account number that passes its checksum or follows an account word.',
  });
};

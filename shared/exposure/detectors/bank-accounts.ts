/**
 * Bank account numbers where IBAN is not how people write them: the national schemes that carry a
 * checksum (Argentina's CBU anywhere; Mexico's CLABE and the US ABA routing number after an account
 * word, their single check digit letting one random number in ten through), and, after words that
 * introduce an account ("account number", "número de cuenta", "nomor rekening", "口座番号"), a run of
 * 6 to 20 digits in the groups banks print.
 */
import bankAccounts from '../../../resources/lexicons/bank-accounts.json';
import { alternationSource } from '../lexicon/compile';

export interface Span {
  start: number;
  end: number;
  evidence: string;
}

const digitsOf = (s: string) => s.replace(/[\s.-]/g, '');

function weighted(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return sum;
}

/** CLABE: 18 digits, weights 3-7-1, check digit (10 - sum mod 10) mod 10. */
export function clabeValid(digits: string): boolean {
  if (!/^\d{18}$/.test(digits)) return false;
  const sum = weighted(digits, [3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7]);
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(17) - 48;
}

/** CBU: 22 digits in two blocks (8 and 14), each ending with a check digit. */
export function cbuValid(digits: string): boolean {
  if (!/^\d{22}$/.test(digits)) return false;
  const check = (block: string, weights: number[]) =>
    (10 - (weighted(block, weights) % 10)) % 10 === block.charCodeAt(weights.length) - 48;
  return (
    check(digits.slice(0, 8), [7, 1, 3, 9, 7, 1, 3]) &&
    check(digits.slice(8), [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3])
  );
}

/** ABA routing number: 9 digits, 3-7-1 weights summing to a multiple of 10. */
export function abaValid(digits: string): boolean {
  return (
    /^\d{9}$/.test(digits) &&
    digits !== '000000000' &&
    weighted(digits, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0
  );
}

const DIGIT_GROUPS = /(?<![\d.,/-])\d(?:[ .-]?\d){5,21}(?![\d/]|[.,]\d)/g;
const ACCOUNT_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternationSource(bankAccounts.accountWords)})(?![\\p{L}])`,
  'giu',
);
/** How far after an account word its number may start: "account number: 12345678", "no rek BCA 123…". */
const AFTER_WORD = 24;

export function findBankAccounts(text: string, out: Span[]): void {
  const anchors: number[] = [];
  if (ACCOUNT_WORDS.test(text)) {
    ACCOUNT_WORDS.lastIndex = 0;
    for (let m = ACCOUNT_WORDS.exec(text); m !== null; m = ACCOUNT_WORDS.exec(text))
      anchors.push(m.index + m[0].length);
  }
  ACCOUNT_WORDS.lastIndex = 0;
  DIGIT_GROUPS.lastIndex = 0;
  for (let m = DIGIT_GROUPS.exec(text); m !== null; m = DIGIT_GROUPS.exec(text)) {
    const digits = digitsOf(m[0]);
    const start = m.index;
    const end = start + m[0].length;
    const anchored = anchors.some((a) => a <= start && start - a <= AFTER_WORD);
    // Two check digits make a chance match rare enough (1 in 100); one needs an account word too.
    if (cbuValid(digits)) out.push({ start, end, evidence: `CBU ending ${digits.slice(-4)}` });
    else if (anchored && clabeValid(digits))
      out.push({ start, end, evidence: `CLABE ending ${digits.slice(-4)}` });
    else if (anchored && abaValid(digits)) out.push({ start, end, evidence: `routing number ${digits}` });
    else if (anchored && digits.length >= 6 && digits.length <= 20)
      out.push({ start, end, evidence: `account ending ${digits.slice(-4)}` });
  }
}

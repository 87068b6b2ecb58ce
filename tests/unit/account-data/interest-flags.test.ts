import { describe, expect, it } from 'vitest';
import { interestFlags } from '../../../shared/exposure/interest-flags';

/** Interest names as X's taxonomy writes them, and what each reveals. */
const CASES: Array<[string, string[]]> = [
  ['Mental health', ['health']],
  ['Parenting', ['family']],
  ['Pregnancy', ['health', 'family']],
  ['Christianity', ['religion']],
  ['Religion and spirituality', ['religion']],
  ['Political news', ['politics']],
  ['LGBTQ', ['sexuality']],
  ['Black History Month', ['ethnicity']],
  ['Labor unions', ['union']],
  ['Personal finance', ['finance']],
  ['Health and wellness', ['health']],
  ['Cycling', []],
  ['Coffee', []],
  ['Databases', []],
  ['Jazz', []],
  ['The Great British Bake Off', []],
];

describe('interestFlags', () => {
  it.each(CASES)('%s -> %j', (name, flags) => {
    expect(interestFlags(name)).toEqual(flags);
  });
});

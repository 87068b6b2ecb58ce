/**
 * Facts about what X holds about a person beyond their posts (the account-level files of the
 * archive), which the "What X knows about you" view and the report cite.
 */
import type { SourceId } from './sources';
import type { FactInput } from './types';

export const ACCOUNT_DATA_FACTS = {
  heldDataCategories: {
    claim:
      'X’s privacy policy lists what it collects besides posts: account information, device information, location, log information, inferred identity and your interactions with ads. The third-party collaborators clause speaks of “your information” and names no category, so it takes in all of it.',
    date: '2024-11-15',
    sources: ['privacyPolicy2024', 'privacyPolicy2026'],
    strength: 'primary',
    certainty: 'certain',
  },
} as const satisfies Record<string, FactInput<SourceId>>;

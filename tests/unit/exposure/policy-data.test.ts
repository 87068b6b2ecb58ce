import { describe, expect, it } from 'vitest';
import { FACTS, FACT_IDS } from '../../../shared/exposure/facts';
import { POLICY_DATES, POLICY_TIMELINE } from '../../../shared/exposure/policy-timeline';

describe('policy timeline', () => {
  it.each([
    ['2023-09-29', 'primary'],
    ['2024-05-07', 'press'],
    ['2024-06-12', 'press'],
    ['2024-07-16', 'press'],
    ['2024-11-15', 'primary'],
    ['2025-06-04', 'primary'],
    ['2026-01-15', 'primary'],
  ])('has the %s event (%s)', (date, strength) => {
    const event = POLICY_TIMELINE.find((e) => e.date === date);
    expect(event?.strength).toBe(strength);
    expect(event?.sources.length).toBeGreaterThan(0);
  });

  it('closes the EU Grok window on 2024-08-01', () => {
    expect(POLICY_TIMELINE.find((e) => e.id === 'grokEuWindow')?.end).toBe('2024-08-01');
  });

  it('is sorted by date and names only known facts', () => {
    const dates = POLICY_TIMELINE.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    for (const event of POLICY_TIMELINE) for (const id of event.facts) expect(FACTS[id]).toBeDefined();
  });

  it('uses the same dates as the rules', () => {
    const days = Object.values(POLICY_DATES).map((iso) => iso.slice(0, 10));
    const timelineDays = POLICY_TIMELINE.flatMap((e) => [e.date, ...(e.end ? [e.end] : [])]);
    expect([...days].sort()).toEqual([...timelineDays].sort());
  });
});

describe('facts', () => {
  it('has one entry per id, with its own id', () => {
    expect(Object.keys(FACTS).sort()).toEqual([...FACT_IDS].sort());
    for (const id of FACT_IDS) expect(FACTS[id].id).toBe(id);
  });

  it('keeps the research notes’ UNCERTAIN facts uncertain', () => {
    for (const id of [
      'thirdPartyDirectMessages',
      'thirdPartyDeletedPosts',
      'thirdPartyProtectedPosts',
      'grokDeletedBeforeDeletion',
      'communityVisibility',
      'likesUndated',
      'protectedHistoryWindow',
    ] as const) {
      expect(FACTS[id].certainty).toBe('uncertain');
    }
  });

  it('marks primary and press facts certain and uncertain-strength facts uncertain', () => {
    for (const fact of Object.values(FACTS)) {
      if (fact.strength === 'uncertain') expect(fact.certainty).toBe('uncertain');
      expect(fact.statement.length).toBeGreaterThan(30);
      expect(fact.source.length).toBeGreaterThan(3);
    }
  });
});

/**
 * The facts data is reviewed data: every fact, event and step is dated and sourced, every citation
 * resolves, and nothing a person reads carries an internal research tag.
 */
import { describe, expect, it } from 'vitest';
import { CANNOT_UNDO } from '../../../shared/checklist/caveat';
import { CHECKLIST_CONTENT_AS_OF, CHECKLIST_STEPS } from '../../../shared/checklist/steps';
import { REASONS } from '../../../shared/exposure/channels';
import {
  FACT_IDS,
  FACTS,
  FACTS_CHECKED_ON,
  isFactId,
  SOURCE_IDS,
  SOURCES,
  type Strength,
} from '../../../shared/exposure/facts';
import { POLICY_DATES, POLICY_TIMELINE } from '../../../shared/exposure/policy-timeline';
import { CHANNEL_BASIS } from '../../../shared/report/channel-basis';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const RANK: Record<Strength, number> = { primary: 3, press: 2, secondary: 1 };
/** Tags of the research notes (docs/x-policy-and-optout.md §8), never for the app's text. */
const INTERNAL_TAG =
  /OTA-(PP|ToS|Dev|IE)|research notes|Research-note|UI-clone|TC-20\d\d|\b(commit|tag) [0-9a-f]{7,8}\b|\b[\w-]+\.js\b/i;

describe('facts data', () => {
  it('is checked on 6 Dec 2026 or later, and the checklist says the same date', () => {
    expect(FACTS_CHECKED_ON >= '2026-12-06').toBe(true);
    expect(CHECKLIST_CONTENT_AS_OF).toBe(FACTS_CHECKED_ON);
  });

  it.each(SOURCE_IDS)('source %s names publisher, title, date and address', (id) => {
    const s = SOURCES[id];
    expect(s.publisher.length).toBeGreaterThan(2);
    expect(s.title.length).toBeGreaterThan(5);
    expect(s.date).toMatch(DATE);
    expect(s.address.length).toBeGreaterThan(5);
    expect(`${s.publisher} ${s.title}`).not.toMatch(INTERNAL_TAG);
  });

  it.each(FACT_IDS)('fact %s has a claim, a date and existing sources no weaker than its strength', (id) => {
    const f = FACTS[id];
    expect(f.id).toBe(id);
    expect(f.claim.length).toBeGreaterThan(30);
    expect(f.claim).not.toMatch(INTERNAL_TAG);
    expect(f.date).toMatch(DATE);
    expect(f.sources.length).toBeGreaterThan(0);
    for (const s of f.sources) expect(SOURCES[s], `${id} cites ${s}`).toBeDefined();
    const strongest = Math.max(...f.sources.map((s) => RANK[SOURCES[s].strength]));
    expect(RANK[f.strength]).toBeLessThanOrEqual(strongest);
  });

  it('keeps what the research marks unverified uncertain', () => {
    for (const id of [
      'thirdPartyDirectMessages',
      'thirdPartyDeletedPosts',
      'thirdPartyProtectedPosts',
      'grokBeforeWindow',
      'grokEuUncertain',
      'grokDeletedBeforeDeletion',
      'likesGrokUncertain',
      'bookmarksInArchive',
      'communityVisibility',
      'likesUndated',
      'protectedHistoryWindow',
      'whichToggleThirdParty',
      'grokPersonalization',
      'grokComControls',
      'grokImageEditToggle',
      'protectLabel',
      'spacexaiPolicy2026',
    ] as const) {
      expect(FACTS[id].certainty, id).toBe('uncertain');
    }
  });

  it('says "suspend", never "erase", for the 2024 undertaking to the Irish regulator', () => {
    expect(FACTS.dpcSuspension2024.claim).toContain('suspend');
    const event = POLICY_TIMELINE.find((e) => e.id === 'dpcSuspension2024')!;
    expect(event.detail).toContain('suspend');
    expect(`${event.label} ${POLICY_TIMELINE.map((e) => e.detail).join(' ')}`).not.toMatch(
      /undert\w+ to (stop and to )?erase/i,
    );
  });
});

describe('citations', () => {
  it('every reason the rules give cites an existing fact, uncertain reasons say so', () => {
    for (const [name, reason] of Object.entries(REASONS)) {
      expect(isFactId(reason.factId ?? ''), name).toBe(true);
      expect(reason.text).not.toMatch(INTERNAL_TAG);
      if (reason.certainty === 'uncertain')
        expect(reason.text, name).toMatch(/uncertain|unknown|not say|assumed/i);
    }
  });

  it('every step cites existing facts, and its sources are theirs (plus how-to sources)', () => {
    for (const step of CHECKLIST_STEPS) {
      expect(step.facts.length, step.id).toBeGreaterThan(0);
      for (const id of step.facts) expect(isFactId(id), `${step.id} cites ${id}`).toBe(true);
      for (const id of step.facts)
        for (const s of FACTS[id].sources) expect(step.sources.map((r) => r.id)).toContain(s);
      const text = [step.title, step.why, ...step.covers, ...step.doesNotCover, ...step.uncertain];
      for (const t of text) expect(t).not.toMatch(INTERNAL_TAG);
    }
  });

  it('the caveat and the channel explanations cite existing facts', () => {
    for (const id of CANNOT_UNDO.facts) expect(isFactId(id)).toBe(true);
    expect(CANNOT_UNDO.sources.length).toBeGreaterThan(0);
    for (const basis of Object.values(CHANNEL_BASIS)) {
      for (const id of basis.facts) expect(isFactId(id)).toBe(true);
      expect(basis.explanation).not.toMatch(INTERNAL_TAG);
    }
  });

  it('an unknown fact id is caught', () => {
    expect(isFactId('noSuchFact')).toBe(false);
    expect(isFactId('toString')).toBe(false);
  });
});

describe('timeline', () => {
  it.each([
    ['2023-09-29', 'primary'],
    ['2024-05-07', 'primary'],
    ['2024-06-12', 'press'],
    ['2024-07-16', 'press'],
    ['2024-09-04', 'primary'],
    ['2024-11-15', 'primary'],
    ['2024-12-17', 'primary'],
    ['2025-02-27', 'primary'],
    ['2025-03-20', 'primary'],
    ['2025-03-28', 'press'],
    ['2025-04-11', 'press'],
    ['2025-06-04', 'primary'],
    ['2026-01-12', 'primary'],
    ['2026-01-15', 'primary'],
    ['2026-02-02', 'press'],
    ['2026-08-24', 'secondary'],
  ])('has the %s event (%s), sourced', (date, strength) => {
    const event = POLICY_TIMELINE.find((e) => e.date === date);
    expect(event?.strength).toBe(strength);
    expect(event?.sources.length).toBeGreaterThan(0);
    for (const s of event!.sources) expect(SOURCES[s]).toBeDefined();
  });

  it('keeps the unverified SpaceXAI policy uncertain and labelled so', () => {
    const event = POLICY_TIMELINE.find((e) => e.id === 'spacexaiPolicy2026')!;
    expect(event.certainty).toBe('uncertain');
    expect(event.label).toMatch(/^Unverified/);
  });

  it('says Grok training is the owner’s own use from the xAI acquisition on', () => {
    const event = POLICY_TIMELINE.find((e) => e.date === '2025-03-28')!;
    expect(event.label).toContain('owner’s own use');
    expect(event.detail).toContain('affiliates');
  });

  it('closes the EU Grok window on 2024-08-01', () => {
    expect(POLICY_TIMELINE.find((e) => e.id === 'grokEuWindow')?.end).toBe('2024-08-01');
  });

  it('is sorted by date, names only known facts, and holds every date the rules use', () => {
    const dates = POLICY_TIMELINE.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    for (const event of POLICY_TIMELINE) for (const id of event.facts) expect(isFactId(id)).toBe(true);
    const timelineDays = new Set(POLICY_TIMELINE.flatMap((e) => [e.date, ...(e.end ? [e.end] : [])]));
    for (const iso of Object.values(POLICY_DATES)) expect(timelineDays).toContain(iso.slice(0, 10));
  });
});

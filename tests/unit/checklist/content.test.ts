import { describe, expect, it } from 'vitest';
import { CANNOT_UNDO, CHECKLIST_STEPS, STEP_IDS } from '../../../shared/checklist';

describe('checklist content', () => {
  it('has every step once, in the declared order', () => {
    expect(CHECKLIST_STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
  });

  it('covers the steps the issue asks for', () => {
    const titles = CHECKLIST_STEPS.map((s) => s.title).join('\n');
    for (const words of [
      'Grok & Third-party Collaborators',
      'Data sharing with business partners',
      'Grok conversation history',
      'protecting your posts',
      'inferred identity, location and ads',
      'posts and likes',
      'bookmarks',
      'data-protection rights',
      'Grok Personalization',
      'grok.com or the Grok apps',
      'editing your photos',
      'deactivate',
      'fresh archive',
    ]) {
      expect(titles).toContain(words);
    }
  });

  it.each(CHECKLIST_STEPS.map((s) => [s.id, s] as const))('%s is complete and sourced', (_id, step) => {
    expect(step.why.length).toBeGreaterThan(80);
    expect(step.settings.length).toBeGreaterThan(0);
    for (const setting of step.settings) {
      expect(setting.label).not.toBe('');
      expect(setting.web.length).toBeGreaterThan(0);
      expect(setting.action).toMatch(/\."?$/);
      if (setting.url) expect(setting.url).toMatch(/^https:\/\//);
    }
    expect(step.covers.length).toBeGreaterThan(0);
    expect(step.doesNotCover.length).toBeGreaterThan(0);
    expect(step.sources.length).toBeGreaterThan(0);
    expect(step.evidenceDate).toBe([...step.sources.map((s) => s.date)].sort().at(-1));
    if (step.certainty === 'uncertain') expect(step.uncertain.length).toBeGreaterThan(0);
  });

  it('tells people to turn off both candidate settings and says why', () => {
    const grok = CHECKLIST_STEPS.find((s) => s.id === 'grokDataSharing')!;
    const partners = CHECKLIST_STEPS.find((s) => s.id === 'businessPartners')!;
    expect(grok.uncertain.join(' ')).toContain('does not say which setting');
    expect(partners.why).toContain('turn off both');
    expect(partners.certainty).toBe('uncertain');
  });

  it('points the deletion step at the Browse export', () => {
    expect(CHECKLIST_STEPS.find((s) => s.id === 'deletePostsLikes')!.appLink?.view).toBe('browse');
  });

  it('states that opting out is forward-only and does not stop deployed models learning', () => {
    expect(CANNOT_UNDO.points[0]).toMatch(/forward only/);
    expect(CANNOT_UNDO.points.join(' ')).toContain('does not prevent a deployed model from learning');
    expect(CANNOT_UNDO.sources.length).toBeGreaterThan(0);
  });

  it.each([
    // [step, words it must carry, facts it must cite] (docs/x-policy-and-optout.md §9.3)
    ['grokPersonalization', 'Allow X to personalize your experience with Grok', 'grokPersonalization'],
    ['grokCom', 'Private Chat', 'grokComControls'],
    ['grokCom', 'Personalize Grok using X', 'grokComControls'],
    ['grokCom', 'thumbs up or', 'grokComControls'],
    ['grokImageEdits', 'could not be verified', 'grokImageEditToggle'],
    ['protectPosts', 'Audience and tagging', 'protectLabel'],
    ['grokDataSharing', 'does not prevent a deployed model', 'optOutNormalUse'],
    ['grokDataSharing', 'June 2025 at the latest', 'settingsLabel2025'],
    ['bookmarks', 'uncertain', 'bookmarksInArchive'],
    ['euRights', 'suspend', 'dpcSuspension2024'],
  ] as const)('%s says "%s" and cites %s', (id, words, fact) => {
    const step = CHECKLIST_STEPS.find((s) => s.id === id)!;
    const text = [
      step.why,
      ...step.settings.flatMap((x) => [x.label, x.action, ...x.web]),
      ...step.covers,
      ...step.doesNotCover,
      ...step.uncertain,
    ].join(' ');
    expect(text).toContain(words);
    expect(step.facts).toContain(fact);
  });
});

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
      'EU, EEA, UK, Switzerland',
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

  it('limits the rights step to the GDPR region', () => {
    expect(CHECKLIST_STEPS.filter((s) => s.region !== null).map((s) => s.id)).toEqual(['euRights']);
  });

  it('states that opting out is forward-only', () => {
    expect(CANNOT_UNDO.points[0]).toMatch(/forward only/);
    expect(CANNOT_UNDO.sources.length).toBeGreaterThan(0);
  });
});

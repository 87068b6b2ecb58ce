import { describe, expect, it } from 'vitest';
import { classifyItem, detectFlags } from '../../../shared/exposure/classify';
import type { OwnWords } from '../../../shared/exposure/detectors/own-words';
import { context, text } from './helpers';

const OWN: OwnWords = {
  health: ['Levothyrox'],
  family: ['Maëlle', 'Noah'],
  location: ['rue des Lilas'],
};

const found = (t: string, lang: string | null = null) =>
  detectFlags(text(t, { lang }), { ownWords: OWN }).map((e) => [e.flag, e.evidence, e.lists]);

describe("the person's own words", () => {
  it.each([
    ['plus de Levothyrox à la pharmacie', [['health', ['Levothyrox'], ['own']]]],
    ['Maelle et noah au parc', [['family', ['Maelle', 'noah'], ['own']]]],
    ['on a emménagé RUE DES LILAS', [['location', ['RUE DES LILAS'], ['own']]]],
    ['Noahs Ark is a boat', []],
    ['nothing of mine here', []],
  ])('%j', (t, expected) => {
    expect(found(t)).toEqual(expected);
  });

  it('adds to a flag the word lists found, and says both lists', () => {
    expect(found('ma fille Maëlle a de la fièvre', 'fr')).toEqual([
      ['family', ['ma fille Maëlle', 'Maëlle'], ['fr', 'own']],
    ]);
  });

  it('counts in full for the level: a name of theirs is not weak evidence', () => {
    const c = classifyItem(text('Noah at the beach'), { ...context(), ownWords: OWN });
    expect(c.flags).toEqual(['family']);
    expect(c.level).toBe('high');
  });
});

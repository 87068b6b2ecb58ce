/**
 * The sentiment libraries are really loaded and read each language they cover: a plainly happy and a
 * plainly unhappy sentence per language, through the same lazy loading the classifying threads use.
 */
import { describe, expect, it } from 'vitest';
import { SENTIMENT_LANGUAGES, valenceOf } from '../../../shared/exposure/sentiment/valence';

const SENTENCES: Array<[lang: string, happy: string, unhappy: string]> = [
  ['en', 'What a wonderful, happy day', 'This is awful, I hate it'],
  ['es', 'Qué día tan maravilloso y feliz', 'Esto es horrible, lo odio'],
  ['pt', 'Que dia maravilhoso e feliz', 'Isso é horrível, eu odeio'],
  ['fr', 'Quelle journée merveilleuse et heureuse', "C'est horrible et triste"],
  ['de', 'Was für ein wunderbarer, glücklicher Tag', 'Das ist schrecklich, ich hasse es'],
  ['it', 'Che giornata meravigliosa e felice', 'È orribile e triste'],
  ['ar', 'يوم رائع وسعيد', 'هذا فظيع وحزين'],
  ['tr', 'Harika ve mutlu bir gün', 'Bu berbat ve üzücü'],
  ['id', 'Hari yang indah dan bahagia', 'Ini buruk dan menyedihkan'],
  ['ko', '정말 행복하고 좋은 하루', '너무 외로워서 눈물이 나'],
];

describe('sentiment reading per language', () => {
  it('covers every language listed, and no other', () => {
    expect(SENTENCES.map(([lang]) => lang).sort()).toEqual([...SENTIMENT_LANGUAGES].sort());
  });

  it.each(SENTENCES)(
    '%s: a happy sentence reads positive, an unhappy one negative',
    (lang, happy, unhappy) => {
      expect(valenceOf(happy, lang)!.score).toBeGreaterThan(0);
      expect(valenceOf(unhappy, lang)!.score).toBeLessThan(0);
    },
  );

  it('reads a Turkish word its tokenizer folds ("açgözlü", greedy, is listed with its accents)', () => {
    expect(valenceOf('açgözlü', 'tr')!.score).toBeLessThan(0);
  });

  it('has no reading for a language without a lexicon (Japanese), nor for an unknown one', () => {
    expect(valenceOf('悲しい', 'ja')).toBeNull();
    expect(valenceOf('text', 'xx')).toBeNull();
  });
});

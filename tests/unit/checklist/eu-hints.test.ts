import { describe, expect, it } from 'vitest';
import { findEuHints, placeHintStrength, type EuEvidence } from '../../../shared/checklist';

const none: EuEvidence = {
  timeZone: null,
  phoneNumbers: [],
  profileLocation: null,
  locationHistory: [],
  languages: [],
  postLanguages: {},
};

describe('EU hints', () => {
  it('finds nothing in an empty archive', () => {
    expect(findEuHints(none)).toEqual([]);
  });

  it.each([
    ['Madrid', true],
    ['Europe/Berlin', true],
    ['Europe/Zurich', true],
    ['London', true],
    ['Pacific Time (US & Canada)', false],
    ['Europe/Moscow', false],
    ['America/New_York', false],
  ])('time zone %s -> %s', (timeZone, hit) => {
    const hints = findEuHints({ ...none, timeZone });
    expect(hints.length).toBe(hit ? 1 : 0);
    if (hit) expect(hints[0]).toEqual({ source: 'timezone', value: timeZone, strength: 'strong' });
  });

  it('keeps only the calling code of a phone number', () => {
    expect(findEuHints({ ...none, phoneNumbers: ['+34612345678'] })).toEqual([
      { source: 'phone', value: '+34 (ES)', strength: 'strong' },
    ]);
    expect(findEuHints({ ...none, phoneNumbers: ['+442079460958'] })[0]?.value).toBe('+44 (GB)');
    expect(findEuHints({ ...none, phoneNumbers: ['+12025550143', '+5491123456789'] })).toEqual([]);
  });

  it.each([
    ['Berlin, Deutschland', 'strong'],
    ['somewhere in Spain', 'strong'],
    ['🇫🇷', 'strong'],
    ['Valencia', 'weak'],
    ['London', 'weak'],
    ['Ukraine', null],
    ['Spainish', null],
    ['VLC', null],
    ['New York', null],
    ['', null],
  ])('profile location %j -> %s', (text, strength) => {
    expect(placeHintStrength(text)).toBe(strength);
  });

  it('treats post languages by count and share', () => {
    const hints = findEuHints({ ...none, postLanguages: { es: 749, en: 227, ca: 6, de: 2 } });
    expect(hints).toEqual([{ source: 'postLanguage', value: 'Catalan: 6 posts', strength: 'weak' }]);
    const strong = findEuHints({ ...none, postLanguages: { de: 300, en: 100 } });
    expect(strong).toEqual([{ source: 'postLanguage', value: 'German: 300 posts', strength: 'strong' }]);
  });

  it('reads language names from personalization', () => {
    expect(findEuHints({ ...none, languages: ['English', 'Polish'] })).toEqual([
      { source: 'language', value: 'Polish', strength: 'weak' },
    ]);
  });

  it('shortens long archive text', () => {
    const long = `Paris ${'x'.repeat(200)}`;
    const [hint] = findEuHints({ ...none, profileLocation: long });
    expect(hint?.value.length).toBe(60);
    expect(hint?.value.endsWith('…')).toBe(true);
  });
});

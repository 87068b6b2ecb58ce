import { describe, expect, it } from 'vitest';
import { toSafeSettingUrl, toSafeXUrl } from '../../../shared/format/post-url';
import { CHECKLIST_STEPS } from '../../../shared/checklist/steps';

describe('which x.com addresses the app opens', () => {
  it.each([
    ['https://x.com/settings/grok_settings', 'https://x.com/settings/grok_settings'],
    ['https://www.x.com/settings/ads_preferences/', 'https://x.com/settings/ads_preferences/'],
    ['https://x.com/i/bookmarks', 'https://x.com/i/bookmarks'],
    ['https://x.com/jack/status/20', 'https://x.com/jack/status/20'],
    ['http://x.com/settings/grok_settings', null],
    ['https://x.com.evil.example/settings/grok_settings', null],
    ['https://evil.example/?u=https://x.com/settings/grok_settings', null],
    ['https://x.com/settings/grok_settings?next=https://evil.example', null],
    ['https://user@x.com/settings/grok_settings', null],
    ['https://x.com/settings/../logout', null],
    ['https://help.x.com/forms/privacy', null],
    ['https://grok.com', null],
    ['javascript:alert(1)', null],
  ])('%s -> %s', (raw, expected) => {
    expect(toSafeXUrl(raw)).toBe(expected);
  });

  it('opens every x.com settings address the checklist names', () => {
    const addresses = CHECKLIST_STEPS.flatMap((s) => s.settings.map((p) => p.url)).filter(
      (u): u is string => u !== null && new URL(u).hostname === 'x.com',
    );
    expect(addresses.length).toBeGreaterThan(5);
    for (const url of addresses) expect(toSafeSettingUrl(url), url).not.toBeNull();
  });
});

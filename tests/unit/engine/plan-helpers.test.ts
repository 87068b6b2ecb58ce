import { describe, expect, it } from 'vitest';
import { isJunkPath, locateRoot } from '../../../electron/engine/archive/locate-root';
import { partNumber, typeFromFileName } from '../../../electron/engine/archive/data-types';
import { pickNoteMatch } from '../../../electron/engine/postpass/note-matching';
import { archiveIdOf } from '../../../electron/engine/ingest/archive-id';

describe('locateRoot', () => {
  it('finds modern, classic and 2019 roots, also under one extra folder', () => {
    expect(locateRoot(['data/manifest.js', 'data/tweets.js'])).toEqual({ prefix: '', format: 'modern' });
    expect(locateRoot(['Your archive.html', 'assets/x.js'])).toEqual({ prefix: '', format: 'modern' });
    expect(locateRoot(['twitter-2020/data/manifest.js', '__MACOSX/twitter-2020/data/._manifest.js'])).toEqual(
      {
        prefix: 'twitter-2020/',
        format: 'modern',
      },
    );
    expect(locateRoot(['data/js/tweet_index.js', 'index.html'])).toEqual({ prefix: '', format: 'classic' });
    expect(locateRoot(['a/tweets.csv'])).toEqual({ prefix: 'a/', format: 'classic' });
    expect(locateRoot(['tweet.js', 'like.js', 'tweet_media/1-a.jpg'])).toEqual({
      prefix: '',
      format: '2019',
    });
    expect(locateRoot(['notes.txt', 'photos/a.jpg'])).toBeNull();
    expect(locateRoot(['__MACOSX/data/manifest.js'])).toBeNull();
  });

  it('recognises macOS junk', () => {
    expect(isJunkPath('__MACOSX/data/x.js')).toBe(true);
    expect(isJunkPath('top/._tweets.js')).toBe(true);
    expect(isJunkPath('data/tweets.js')).toBe(false);
  });
});

describe('data file names', () => {
  it('map to the manifest key and part number', () => {
    expect(typeFromFileName('data/direct-messages-group-part2.js')).toBe('directMessagesGroup');
    expect(typeFromFileName('data/tweets.js')).toBe('tweets');
    expect(typeFromFileName('data/ad-engagements.js')).toBe('adEngagements');
    expect(typeFromFileName('tweet.js')).toBe('tweet');
    expect(partNumber('data/tweets-part3.js', null)).toBe(3);
    expect(partNumber('data/tweets.js', 'YTD.tweets.part0')).toBe(0);
    expect(partNumber('data/x.js', 'YTD.tweets.part4')).toBe(4);
  });
});

describe('pickNoteMatch', () => {
  it('takes the only post of that second, else the one sharing the longest prefix after @mentions', () => {
    expect(pickNoteMatch('anything', [{ id: 3, text: 'short…' }])).toBe(3);
    expect(pickNoteMatch('anything', [])).toBeNull();
    const candidates = [
      { id: 1, text: '@bob @carol Data engineers, say goodbye… https://t.co/x' },
      { id: 2, text: 'Something else entirely' },
    ];
    expect(pickNoteMatch('Data engineers, say goodbye to manual tests!', candidates)).toBe(1);
    expect(pickNoteMatch('Zebra', candidates)).toBeNull();
    expect(
      pickNoteMatch('Same', [
        { id: 1, text: 'Same a' },
        { id: 2, text: 'Same b' },
      ]),
    ).toBeNull();
  });
});

describe('archiveIdOf', () => {
  it('is deterministic from account, generation date and format', () => {
    const a = archiveIdOf('1', '2024-11-16T11:33:22.222Z', 'modern', 'f');
    expect(a).toMatch(/^[a-f0-9]{16}$/);
    expect(archiveIdOf('1', '2024-11-16T11:33:22.222Z', 'modern', 'other')).toBe(a);
    expect(archiveIdOf('2', '2024-11-16T11:33:22.222Z', 'modern', 'f')).not.toBe(a);
    expect(archiveIdOf('1', null, '2019', 'f')).not.toBe(archiveIdOf('1', null, '2019', 'g'));
  });
});

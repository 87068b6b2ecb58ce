import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importArchive } from '../../../electron/engine/index';
import { DEFAULT_LIMITS } from '../../../electron/engine/parse/limits';
import { tempDir } from './helpers';

const work = tempDir('xexp-csv-guard-');
afterAll(() => work.cleanup());

const HEADER =
  'tweet_id,in_reply_to_status_id,in_reply_to_user_id,timestamp,source,text,retweeted_status_id,retweeted_status_user_id,retweeted_status_timestamp,expanded_urls';
const row = (id: string, text: string) => `${id},,,2013-04-01 10:00:00 +0000,web,"${text}",,,,`;

describe('a classic tweets.csv with a quoted cell that never closes', () => {
  it('is its file’s error once the open row passes the row limit, without reading the rest into memory', async () => {
    const dir = join(work.dir, 'classic');
    mkdirSync(dir, { recursive: true });
    const open = `999,,,2013-04-03 10:00:00 +0000,web,"${'never closed '.repeat(200_000)}`;
    writeFileSync(join(dir, 'tweets.csv'), [HEADER, row('1', 'first'), row('2', 'second'), open].join('\n'));
    const summary = await importArchive(dir, {
      dataDir: join(work.dir, 'data'),
      limits: { ...DEFAULT_LIMITS, maxElementBytes: 1024 * 1024 },
    });
    const file = summary.files.find((f) => f.path.endsWith('tweets.csv'))!;
    expect(file.status).toBe('error');
    expect(file.message).toMatch(/one row is larger than 1\.0 MiB/);
    expect(summary.partial).toBe(true);
  });

  it('is read whole when it stays under the limit (the default)', async () => {
    const dir = join(work.dir, 'classic-ok');
    mkdirSync(dir, { recursive: true });
    const long = 'a long cell '.repeat(200_000);
    writeFileSync(join(dir, 'tweets.csv'), [HEADER, row('1', 'first'), row('2', long)].join('\n'));
    const summary = await importArchive(dir, { dataDir: join(work.dir, 'data-ok') });
    expect(summary.files.find((f) => f.path.endsWith('tweets.csv'))!.status).toBe('imported');
    expect(summary.counts.posts).toBe(2);
  });
});

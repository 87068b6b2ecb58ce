/**
 * Query latency over an imported archive, through the engine's public API: full-text searches and
 * filtered 200-row pages, many varied queries, deterministic by seed.
 */
import type { ItemQuery, SortOrder } from '../../shared/model/items';
import { CHANNELS, FLAGS, ITEM_KINDS, LEVELS, POST_TYPES } from '../../shared/model/kinds';
import { Engine } from '../../electron/engine/index';
import { Rng } from '../../tests/fixtures/generator/prng';
import { percentile } from './stats';

/** Words the generated text contains (common, rare, sensitive), plus ones it never contains. */
const SEARCH_TERMS = [
  'sourdough',
  'podcast',
  'ramen',
  'library',
  'garden',
  'coffee machine',
  'jazz record',
  'test suite',
  'sunset river',
  'notebook',
  'diabetes',
  'election',
  'church',
  'mitzvah',
  'chemotherapy',
  'canvass',
  'example',
  'migra',
  'pipe',
  'caf\u00e9',
  'zyzzyva',
  'quartz',
];
const SORTS: SortOrder[] = ['dateDesc', 'dateAsc', 'levelDesc'];
const PAGE = 200;

export interface QueryTimes {
  ftsMs: number[];
  pageMs: number[];
}

function some<T>(rng: Rng, values: readonly T[], max: number): T[] {
  const n = rng.int(1, max);
  const picked = new Set<T>();
  while (picked.size < n) picked.add(rng.pick(values));
  return [...picked];
}

function ftsQuery(rng: Rng, archiveId: string): ItemQuery {
  const q: ItemQuery = { archiveId, text: rng.pick(SEARCH_TERMS), limit: PAGE, offset: 0 };
  if (rng.chance(0.3)) q.kinds = some(rng, ITEM_KINDS, 2);
  if (rng.chance(0.2)) q.sort = rng.pick(SORTS);
  return q;
}

function pageQuery(rng: Rng, archiveId: string): ItemQuery {
  const q: ItemQuery = {
    archiveId,
    limit: PAGE,
    sort: rng.pick(SORTS),
    offset: rng.pick([0, 0, 0, PAGE, 5 * PAGE]),
  };
  if (rng.chance(0.6)) q.kinds = some(rng, ITEM_KINDS, 3);
  if (rng.chance(0.3)) q.postTypes = some(rng, POST_TYPES, 2);
  if (rng.chance(0.5)) q.channels = some(rng, CHANNELS, 2);
  if (rng.chance(0.5)) q.flags = some(rng, FLAGS, 2);
  if (rng.chance(0.5)) q.levels = some(rng, LEVELS, 2);
  if (rng.chance(0.2)) {
    const year = rng.int(2016, 2025);
    q.from = `${year}-01-01`;
    q.to = `${year + rng.int(0, 2)}-12-31`;
  }
  return q;
}

function timed(engine: Engine, q: ItemQuery): number {
  const started = performance.now();
  engine.queryItems(q);
  return performance.now() - started;
}

export function measureQueries(dataDir: string, archiveId: string, count: number, seed = 7): QueryTimes {
  const engine = new Engine({ dataDir });
  try {
    const rng = new Rng(seed);
    // Warm-up: open the database and touch the pages once, as the app does on its first screen.
    for (let i = 0; i < 5; i++) {
      engine.queryItems(ftsQuery(rng, archiveId));
      engine.queryItems(pageQuery(rng, archiveId));
    }
    const times: QueryTimes = { ftsMs: [], pageMs: [] };
    for (let i = 0; i < count; i++) {
      times.ftsMs.push(timed(engine, ftsQuery(rng, archiveId)));
      times.pageMs.push(timed(engine, pageQuery(rng, archiveId)));
    }
    return times;
  } finally {
    engine.close();
  }
}

export const p = (values: readonly number[], pct: number): number => percentile(values, pct);

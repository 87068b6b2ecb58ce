/**
 * `npm run bench:detect [-- --mistakes] [--json]`: precision and recall of the sensitivity detectors
 * per category and per language on the labelled corpus (tests/fixtures/sensitivity/) and, apart, on the
 * held-out corpus (tests/fixtures/sensitivity/heldout/) and the blind one (blind/), for posts
 * (X's language tag given), for likes, DMs and bookmarks (no tag: the account's language and
 * English), and for text of which nothing is known. Targets: micro precision >= 0.85, recall >= 0.80, every language's recall >= 0.70.
 * `--mistakes` lists the posts scored wrong, to review a change, not to tune on one by one.
 */
import { parseArgs } from 'node:util';
import { terminalSafe } from '../electron/cli/terminal-text';
import { prepareClassifying } from '../electron/engine/classification/prepare';
import {
  CORPORA,
  MODES,
  loadCorpus,
  precision,
  recall,
  scoreCorpus,
  type Counts,
  type Score,
} from '../tests/fixtures/sensitivity/score';

const { values } = parseArgs({
  options: { mistakes: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, c: Counts) =>
  `${name.padEnd(12)}${pct(precision(c))}${pct(recall(c))}   tp ${String(c.tp).padStart(3)}  fp ${String(c.fp).padStart(3)}  fn ${String(c.fn).padStart(3)}`;

/** Corpus text is printed for review through the CLI's terminal guard, never raw. */
const safe = terminalSafe;

const TITLES: Record<Score['mode'], string> = {
  tagged: 'Posts (X language tag given)',
  untagged: "Likes, DMs, bookmarks (no tag; the account's languages known)",
  unknown: 'No tag and no account languages (every list of the script)',
};

function report(score: Score): string {
  const lines = [
    `${TITLES[score.mode]}: ${score.posts} posts`,
    `${''.padEnd(12)}${'prec.'.padStart(7)}${'recall'.padStart(7)}`,
    ...Object.entries(score.byFlag).map(([f, c]) => row(f, c)),
    '',
    ...Object.entries(score.byLanguage).map(([l, c]) => row(l, c)),
    '',
    row('micro', score.total),
  ];
  if (values.mistakes) {
    lines.push('', 'Scored wrong:');
    for (const m of score.mistakes) {
      const what = [...m.missed.map((f) => `-${f}`), ...m.extra.map((f) => `+${f}`)].join(' ');
      lines.push(`  ${m.language}  ${what.padEnd(24)} ${safe(m.text)}`);
    }
  }
  return lines.join('\n');
}

// Text without X's language tag needs the detector, loaded as every classifying entry point does.
await prepareClassifying();
const CORPUS_TITLES = {
  main: 'Main corpus (written with the word lists)',
  heldout: 'Held-out corpus (written apart from the word lists)',
  blind: 'Blind corpus (written without seeing the word lists)',
} as const;
const results = CORPORA.map((corpus) => {
  const files = loadCorpus(corpus);
  return { corpus, scores: MODES.map((mode) => scoreCorpus(files, mode)) };
});
if (values.json) {
  const plain = results.map(({ corpus, scores }) => ({
    corpus,
    scores: scores.map(({ mistakes: _m, ...s }) => s),
  }));
  process.stdout.write(JSON.stringify(plain) + '\n');
} else {
  const blocks = results.map(
    ({ corpus, scores }) => `=== ${CORPUS_TITLES[corpus]} ===\n\n` + scores.map(report).join('\n\n'),
  );
  process.stdout.write(blocks.join('\n\n') + '\n');
}

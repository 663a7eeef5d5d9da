/**
 * `npm run bench:lint`: precision and recall of the safe-messaging lint on labelled sentences, English and
 * Spanish (each sentence by the rules of its language: lib/editorial/lint-corpus.ts): does it
 * ask for crisis resources exactly when a sentence speaks of suicide, self-harm or overdose, and warn
 * exactly when one describes a method or a lethal dose? Format: lib/editorial/lint-corpus.ts.
 *
 *   npm run bench:lint [-- <corpus.jsonl>...] [-- --misses] [-- --json]
 *
 * With no file it scores every corpus in tests/fixtures/lint-corpus. --misses lists each sentence the
 * lint got wrong. Numbers, never pass/fail (tests/unit/lint-corpus.test.ts holds the floor).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCorpus, scoreLint, type Score } from '../lib/editorial/lint-corpus';
import { table } from './table';

const CORPUS_DIR = path.join(__dirname, '..', 'tests', 'fixtures', 'lint-corpus');
const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const showMisses = args.includes('--misses');
const asJson = args.includes('--json');

const paths =
  files.length > 0
    ? files
    : readdirSync(CORPUS_DIR)
        .filter((f) => /\.jsonl?$/.test(f))
        .sort()
        .map((f) => path.join(CORPUS_DIR, f));

const ratio = (x: number) => x.toFixed(3);
const rows = [['corpus', 'rule', 'sentences', 'positives', 'TP', 'FP', 'FN', 'precision', 'recall']];
const results: Record<string, { crisis: Score; method: Score }> = {};
let failed = false;
for (const file of paths) {
  let corpus;
  try {
    corpus = parseCorpus(readFileSync(file, 'utf8'), path.relative(process.cwd(), file));
  } catch (error) {
    console.error((error as Error).message);
    failed = true;
    continue;
  }
  const scores = scoreLint(corpus);
  const name = path.basename(file);
  results[name] = scores;
  for (const [rule, s] of [
    ['crisis resources', scores.crisis],
    ['method warning', scores.method],
  ] as const) {
    const positives = s.truePositives + s.falseNegatives;
    rows.push([
      name,
      rule,
      String(corpus.length),
      String(positives),
      String(s.truePositives),
      String(s.falsePositives),
      String(s.falseNegatives),
      ratio(s.precision),
      ratio(s.recall),
    ]);
  }
  if (showMisses && !asJson) {
    for (const [rule, s] of [
      ['crisis', scores.crisis],
      ['method', scores.method],
    ] as const) {
      for (const m of s.missed) console.log(`${name}:${m.line} missed (${rule}): ${m.text}`);
      for (const m of s.falseAlarms) console.log(`${name}:${m.line} false alarm (${rule}): ${m.text}`);
    }
  }
}
if (asJson) {
  const strip = (s: Score) => ({ ...s, missed: s.missed.map((m) => m.line), falseAlarms: s.falseAlarms.map((m) => m.line) });
  console.log(
    JSON.stringify(
      Object.fromEntries(Object.entries(results).map(([k, v]) => [k, { crisis: strip(v.crisis), method: strip(v.method) }])),
      null,
      2,
    ),
  );
} else if (rows.length > 1) {
  console.log(table(rows));
}
if (failed || paths.length === 0) process.exit(1);

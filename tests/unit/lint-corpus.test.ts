import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCorpus, scoreLint } from '@/lib/editorial/lint-corpus';
import { crisisTopicsIn, needsCrisisResources } from '@/lib/editorial/safe-messaging';

const DIR = path.join(__dirname, '..', 'fixtures', 'lint-corpus');
const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl'));

it.each(['en', 'es'])('the labelled corpora hold 150+ sentences of both classes in each language (%s)', (language) => {
  const all = files.flatMap((f) => parseCorpus(readFileSync(path.join(DIR, f), 'utf8'), f)).filter((s) => s.language === language);
  expect(all.length).toBeGreaterThanOrEqual(150);
  expect(all.filter((s) => s.crisis).length).toBeGreaterThanOrEqual(75);
  expect(all.filter((s) => !s.crisis).length).toBeGreaterThanOrEqual(75);
  expect(all.filter((s) => s.method).length).toBeGreaterThanOrEqual(15);
  expect(all.every((s) => !s.method || s.crisis)).toBe(true);
});

describe.each(files)('%s', (file) => {
  const corpus = parseCorpus(readFileSync(path.join(DIR, file), 'utf8'), file);
  const { crisis, method } = scoreLint(corpus);
  const lines = (xs: { line: number; text: string }[]) => xs.map((x) => `${x.line}: ${x.text}`);

  it('crisis resources: precision and recall of at least 0.95', () => {
    // On failure, the sentences behind the number: false alarms lower precision, misses lower recall.
    expect({ precision: crisis.precision >= 0.95, falseAlarms: lines(crisis.falseAlarms) }).toMatchObject({ precision: true });
    expect({ recall: crisis.recall >= 0.95, missed: lines(crisis.missed) }).toMatchObject({ recall: true });
  });

  it('method warning: precision and recall of at least 0.9', () => {
    expect(method.precision).toBeGreaterThanOrEqual(0.9);
    expect(method.recall).toBeGreaterThanOrEqual(0.9);
  });
});

it('a run of dashes or hyphenated words cannot make a pattern try it every way (each of these took 8–90 s)', () => {
  // Not a timing assertion: a regression here does not finish within jest's 5 s at all.
  expect(needsCrisisResources(`He jumped off the ${'-'.repeat(400)}`)).toBe(false);
  expect(crisisTopicsIn(`She took an overdose by mixing ${'-'.repeat(3000)}`).map((m) => m.topic)).toEqual(['overdose']);
  expect(needsCrisisResources(`He jumped off the ${'x-'.repeat(3000)}`)).toBe(false);
});

describe('reading a corpus', () => {
  it('JSON Lines or a JSON array; "method" may be left out', () => {
    expect(parseCorpus('{"text": "A.", "crisis": true}\n\n{"text": "B.", "crisis": false, "method": false}\n', 'c.jsonl')).toEqual([
      { text: 'A.', crisis: true, method: false, language: 'en', line: 1 },
      { text: 'B.', crisis: false, method: false, language: 'en', line: 3 },
    ]);
    expect(parseCorpus('[{"text": "A.", "crisis": true, "method": true}]', 'c.json')).toEqual([
      { text: 'A.', crisis: true, method: true, language: 'en', line: 1 },
    ]);
  });

  it("each sentence is scored by its language: its own, else the file name's, else the one its words are in", () => {
    const parsed = parseCorpus(
      ['{"text": "Quiero quitarme la vida.", "crisis": true}', '{"text": "She wanted to die.", "crisis": true, "language": "en"}'].join(
        '\n',
      ),
      'es-extra.jsonl',
    );
    expect(parsed.map((s) => s.language)).toEqual(['es', 'en']);
    const guessed = parseCorpus('{"text": "No quiero despertar mañana, estoy cansada de vivir.", "crisis": true}', 'mixed.jsonl');
    expect(guessed[0].language).toBe('es');
    expect(scoreLint(guessed).crisis.truePositives).toBe(1);
    expect(() => parseCorpus('{"text": "A.", "crisis": true, "language": "fr"}', 'c.jsonl')).toThrow(
      'c.jsonl:1: "language" must be one of "en", "es".',
    );
  });

  it('a broken line is named, never skipped', () => {
    expect(() => parseCorpus('{"text": "A.", "crisis": true}\n{"text": "B.", crisis: false}', 'c.jsonl')).toThrow(
      /^c\.jsonl:2: not valid JSON/,
    );
    expect(() => parseCorpus('{"text": "A.", "crisis": "yes"}', 'c.jsonl')).toThrow('c.jsonl:1: "crisis" must be true or false.');
    expect(() => parseCorpus('{"crisis": true}', 'c.jsonl')).toThrow('c.jsonl:1: "text" must be a sentence.');
  });

  it('scores count each kind of error', () => {
    const corpus = parseCorpus(
      [
        '{"text": "She wanted to die.", "crisis": true}',
        '{"text": "We cut back on caffeine.", "crisis": false}',
        '{"text": "The meeting was fine.", "crisis": true}',
      ].join('\n'),
      'c.jsonl',
    );
    const { crisis } = scoreLint(corpus);
    expect(crisis).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 1, trueNegatives: 1, precision: 1, recall: 0.5 });
    expect(crisis.missed.map((m) => m.line)).toEqual([3]);
  });
});

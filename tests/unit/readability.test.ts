import { bodyReadability, readabilityFindings, readabilityOf, readableSentences, syllables } from '@/lib/editorial/readability';
import { block, SEED_POST_ID, seedDoc } from '../fixtures/datasets';

describe('Flesch-Kincaid grade and Flesch reading ease', () => {
  it('follow the published formulas', () => {
    // 6 words, 6 syllables, 1 sentence: 0.39×6 + 11.8×1 − 15.59 ≈ −1.4 and 206.835 − 1.015×6 − 84.6×1 ≈ 116.1.
    expect(readabilityOf(['The cat sat on the mat.'])).toEqual({
      language: 'en',
      sentences: 1,
      words: 6,
      syllables: 6,
      grade: -1.4,
      readingEase: 116.1,
    });
  });

  it('count syllables the usual way', () => {
    expect(syllables('ketamine')).toBe(3);
    expect(syllables('psychotherapy')).toBe(5);
    expect(syllables('the')).toBe(1);
    expect(syllables('hope')).toBe(1);
    expect(syllables('BDNF')).toBe(4);
    expect(syllables('24')).toBe(2);
  });

  it('nothing to score, no score', () => {
    expect(readabilityOf([])).toBeUndefined();
    expect(bodyReadability([])).toBeUndefined();
  });
});

describe('what is scored', () => {
  const body = [
    block('h', '1. Why it helps', { style: 'h2' }),
    block(
      'p',
      'Ketamine acts fast. It can ease dark thoughts within hours [1]. See https://example.org/study for more (Ballard et al., 2019).',
    ),
    block('l1', 'Sleep well', { listItem: 'bullet', level: 1 }),
    block('l2', 'Eat well', { listItem: 'bullet', level: 1 }),
    block('r', 'References', { style: 'h2' }),
    block('ref', 'Ballard, E. D. (2019). Parsing the antidepressant effects. https://doi.org/10.1016/j.biopsych.2018.08.012'),
  ];

  it('headings and list items are sentences; references and URLs are stripped', () => {
    expect(readableSentences(body)).toEqual([
      'Why it helps',
      'Ketamine acts fast.',
      'It can ease dark thoughts within hours.',
      'See for more.',
      'Sleep well',
      'Eat well',
    ]);
  });

  it('abbreviations and initials do not end a sentence', () => {
    expect(readableSentences([block('p', 'Talk to your doctor, e.g. Dr. Ruiz, first. Then rest.')])).toEqual([
      'Talk to your doctor, e.g. Dr. Ruiz, first.',
      'Then rest.',
    ]);
  });
});

describe('warning above grade 8', () => {
  it('plain words pass', () => {
    expect(readabilityFindings([block('p', 'Ketamine can help. It works fast. Talk to us.')])).toEqual([]);
  });

  it('long words and long sentences are flagged with the score and what to do', () => {
    const [finding] = readabilityFindings([
      block(
        'p',
        'Ketamine-assisted psychotherapy demonstrates considerable therapeutic potential regarding treatment-resistant depressive symptomatology and persistent suicidal ideation among vulnerable populations.',
      ),
    ]);
    expect(finding).toMatchObject({ level: 'warning', path: ['body'] });
    expect(finding.message).toMatch(/reads at grade \d+\.\d \(reading ease -?\d+\.\d\)/);
    expect(finding.suggestion).toMatch(/Shorten long sentences/);
  });
});

it('the seed article reads at grade 12.2 (a warning, listed in the README)', () => {
  const seed = seedDoc(SEED_POST_ID);
  expect(bodyReadability(seed.body)).toMatchObject({ sentences: 39, words: 595, grade: 12.2, readingEase: 34.7 });
  expect(readabilityFindings(seed.body)).toHaveLength(1);
});

import { citationFindings, duplicateDoiFindings, sentenceCaseHint } from '@/lib/editorial/citations';
import { seedDocuments } from '../fixtures/datasets';

describe('APA 7 sentence case for article titles (a hint)', () => {
  it.each([
    'Parsing the antidepressant and antisuicidal effects of ketamine: Two separate entities?',
    'Efficacy of repeated-dose intravenous ketamine for antidepressant-resistant PTSD: A randomized clinical trial',
    'A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression',
    'Ketamine in Texas clinics', // one proper noun is not title case
  ])('sentence case: %s', (title) => {
    expect(sentenceCaseHint(title)).toBeUndefined();
  });

  it('title case gets the hint and the title as it would read', () => {
    const hint = sentenceCaseHint('Parsing the Antidepressant and Antisuicidal Effects of Ketamine: Two Separate Entities?');
    expect(hint?.message).toMatch(/sentence case/);
    expect(hint?.suggestion).toBe(
      '"Parsing the antidepressant and antisuicidal effects of ketamine: Two separate entities?" (capitalise any names again).',
    );
  });
});

describe('a citation document', () => {
  it('the seed citations are clean', () => {
    for (const doc of seedDocuments().filter((d) => d._type === 'citation')) expect(citationFindings(doc)).toEqual([]);
  });

  it('a broken one: errors for what is missing, warnings for the DOI and the title style', () => {
    const found = citationFindings({
      authors: [],
      title: 'Ketamine For Depression In Adults',
      doi: 'https://doi.org/10.1000/abc.',
      url: 'javascript:alert(1)',
    });
    expect(found.map((f) => [f.level, f.path.join('.')])).toEqual([
      ['error', 'authors'],
      ['error', 'year'],
      ['warning', 'title'],
      ['warning', 'doi'],
      ['error', 'url'],
    ]);
    expect(found.find((f) => f.path[0] === 'doi')?.suggestion).toBe('"10.1000/abc"');
  });

  it('a DOI of the wrong shape is a warning: old DOIs exist', () => {
    expect(citationFindings({ authors: [{ family: 'A' }], year: 2000, title: 'T', doi: '12345' })).toEqual([
      expect.objectContaining({ level: 'warning', path: ['doi'], message: '"12345" does not look like a DOI (10.NNNN/…).' }),
    ]);
  });
});

it('one citation document per DOI, compared bare and case-insensitively', () => {
  const found = duplicateDoiFindings([
    { _id: 'a', doi: '10.1016/j.biopsych.2018.08.012' },
    { _id: 'b', doi: 'https://doi.org/10.1016/J.BIOPSYCH.2018.08.012' },
    { _id: 'c', doi: '10.1176/appi.ajp.20220512' },
    { _id: 'd' },
  ]);
  expect([...found.keys()]).toEqual(['a', 'b']);
  expect(found.get('a')?.[0].message).toBe('Another citation has the same DOI 10.1016/j.biopsych.2018.08.012: b.');
});

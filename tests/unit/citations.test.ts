import { citationFindings, duplicateDoiFindings, sentenceCaseHint } from '@/lib/editorial/citations';
import { citationMarkerFindings } from '@/lib/editorial/citations';
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

describe('inline citations that cannot vanish', () => {
  const cited = (text: string, after = ' helps.', ref: string | null = 'citation-a') => ({
    _type: 'block',
    _key: 'b1',
    style: 'normal',
    markDefs: [{ _type: 'citationRef', _key: 'c1', ...(ref ? { citation: { _type: 'reference', _ref: ref } } : {}) }],
    children: [
      { _type: 'span', _key: 's1', text: 'Research shows ', marks: [] },
      { _type: 'span', _key: 's2', text, marks: ['c1'] },
      { _type: 'span', _key: 's3', text: after, marks: [] },
    ],
  });
  const post = (block: unknown, citations = ['citation-a']) => ({
    body: [block],
    citations: citations.map((id, i) => ({ _type: 'reference', _key: `r${i}`, _ref: id })),
  });

  it('a marker whose citation is not in References is an error on its block, naming the words, with the fix', () => {
    const [finding] = citationMarkerFindings(post(cited('ketamine reduces ideation'), ['citation-b']));
    expect(finding).toEqual({
      level: 'error',
      path: ['body', { _key: 'b1' }],
      message:
        'The citation on "ketamine reduces ideation" is not in this article\'s References, so readers would see no number and no source.',
      suggestion: 'Add the same citation under "References" (References and safety), or remove the marker from these words.',
    });
    expect(citationMarkerFindings(post(cited('ketamine reduces ideation', ' helps.', null)))[0].message).toMatch(
      /does not point to a source/,
    );
    expect(citationMarkerFindings(post(cited('ketamine reduces ideation')))).toEqual([]);
    // A draft reference to the same citation is the same citation.
    expect(citationMarkerFindings(post(cited('ketamine reduces ideation', ' helps.', 'drafts.citation-a')))).toEqual([]);
  });

  it.each([
    ['ketamine reduces ideation [1]', ' helps.', '[1]'],
    ['ketamine reduces ideation', '[1] helps.', '[1]'],
    ['ketamine reduces ideation', ' [2, 3] helps.', '[2, 3]'],
    ['ketamine reduces ideation¹', ' helps.', '¹'],
  ])('a typed number beside a marker is flagged: %s|%s', (text, after, typed) => {
    const [finding] = citationMarkerFindings(post(cited(text, after)));
    expect(finding).toMatchObject({ level: 'warning', path: ['body', { _key: 'b1' }], suggestion: `Delete the typed "${typed}".` });
    expect(finding.message).toMatch(/readers would see it twice/);
  });

  it('numbers elsewhere in the text are not typed citations', () => {
    expect(citationMarkerFindings(post(cited('ketamine reduces ideation', ' within 24 hours (n = 40).')))).toEqual([]);
  });
});

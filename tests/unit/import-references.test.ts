import fc from 'fast-check';
import { parseAuthors, parseReference } from '@/lib/import/references';
import { seedDocuments } from '../fixtures/datasets';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The seed's reference lines, as the clinic's blog printed them (tests/fixtures/seed-article.txt). */
function seedReferenceLines(): string[] {
  const source = readFileSync(path.join(__dirname, '..', 'fixtures', 'seed-article.txt'), 'utf8');
  return source
    .slice(source.indexOf('References\n') + 'References\n'.length, source.indexOf('Note: If you are'))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 1);
}

describe('APA references read back into citation fields (issue 18)', () => {
  it('every seed reference gives the seed’s own citation document, field for field', () => {
    const lines = seedReferenceLines();
    const citations = seedDocuments().filter((d) => d._type === 'citation');
    expect(lines).toHaveLength(citations.length);
    for (const line of lines) {
      const parsed = parseReference(line);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      const doc = citations.find((c) => c.doi === parsed.citation.doi)!;
      expect(doc).toBeDefined();
      expect(parsed.citation).toEqual({
        authors: (doc.authors as Array<{ family: string; given: string }>).map(({ family, given }) => ({ family, given })),
        authorsIncomplete: doc.authorsIncomplete,
        year: doc.year,
        title: doc.title,
        journal: doc.journal,
        volume: doc.volume,
        issue: doc.issue,
        pages: doc.pages,
        doi: doc.doi,
      });
    }
  });

  it.each([
    ['https://doi.org/10.1000/xyz123', '10.1000/xyz123'],
    ['http://dx.doi.org/10.1000/xyz123.', '10.1000/xyz123'],
    ['doi:10.1000/xyz123', '10.1000/xyz123'],
    ['DOI: 10.1000/XYZ(123)', '10.1000/XYZ(123)'],
    ['10.1000/xyz123', '10.1000/xyz123'],
  ])('a DOI written as %s is stored bare: %s', (written, bare) => {
    const parsed = parseReference(`Smith, J. (2020). A title. Journal of Tests, 1(2), 3–4. ${written}`);
    expect(parsed.ok && parsed.citation.doi).toBe(bare);
    expect(parsed.ok && parsed.citation.pages).toBe('3–4');
  });

  it('reads the many ways references are written', () => {
    expect(parseReference('Smith, J. A., & Jones, B. (2021a). Sleep and mood? Sleep Journal, 12, 101-109.')).toEqual({
      ok: true,
      citation: {
        authors: [
          { family: 'Smith', given: 'J. A.' },
          { family: 'Jones', given: 'B.' },
        ],
        authorsIncomplete: false,
        year: 2021,
        title: 'Sleep and mood?',
        journal: 'Sleep Journal',
        volume: '12',
        pages: '101–109',
      },
    });
    const etAl = parseReference(
      'García-López, M.-J., et al. (2019, March 3). Ketamine in U.S. clinics. JAMA Psychiatry, 76(3), Article e190012.',
    );
    expect(etAl).toMatchObject({
      ok: true,
      citation: {
        authors: [{ family: 'García-López', given: 'M.-J.' }],
        authorsIncomplete: true,
        year: 2019,
        title: 'Ketamine in U.S. clinics',
        journal: 'JAMA Psychiatry',
        volume: '76',
        issue: '3',
        pages: 'e190012',
      },
    });
    const group = parseReference(
      'World Health Organization. (2023). Preventing suicide: A resource for media professionals. https://www.who.int/publications/i/item/9789240076846',
    );
    expect(group).toMatchObject({
      ok: true,
      citation: {
        authors: [{ family: 'World Health Organization' }],
        year: 2023,
        title: 'Preventing suicide: A resource for media professionals',
        url: 'https://www.who.int/publications/i/item/9789240076846',
      },
    });
    expect(group.ok && group.citation.journal).toBeUndefined();
    expect(parseAuthors('Smith JA, Jones B')).toEqual({
      authors: [
        { family: 'Smith', given: 'J. A.' },
        { family: 'Jones', given: 'B.' },
      ],
      incomplete: false,
    });
  });

  it.each([
    ['', /empty/],
    ['Just a sentence someone typed under References.', /year in parentheses/],
    ['(2020). A title with no authors. Journal, 1, 2.', /year in parentheses/],
    ['E. D., J. S. (2019). Initials with no names. Journal, 1, 2.', /authors could not be read/],
    ['Smith, J. (2020).', /no title/],
  ])('%j is kept whole and reported, never guessed', (text, reason) => {
    const parsed = parseReference(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.reason).toMatch(reason);
      expect(parsed.text).toBe(text.trim());
    }
  });
});

describe('any text at all', () => {
  it('never throws, and whatever it reads keeps a title and a year', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const parsed = parseReference(text);
        return parsed.ok ? parsed.citation.title.length > 0 && Number.isInteger(parsed.citation.year) : typeof parsed.reason === 'string';
      }),
      { numRuns: 500 },
    );
  });

  it('a pasted page-long "reference" is answered at once, not after catastrophic backtracking', () => {
    const long = `Smith, J. (2020). ${'A sentence. '.repeat(2_000)}${'word, '.repeat(2_000)}`;
    expect(parseReference(long).ok).toBe(true);
    expect(parseReference(`${'Smith, J., '.repeat(3_000)}(2020). T. J, 1.`).ok).toBe(true);
    expect(parseReference('('.repeat(5_000) + '2020'.repeat(1_000)).ok).toBe(false);
  });
});

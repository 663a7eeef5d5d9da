import { formatApaAuthors, formatApaParts, formatApaReference, formatPages, type CitationAuthor } from '@/lib/editorial/apa';
import { seedDocuments } from '../fixtures/datasets';
import { seedReferenceLines } from '../fixtures/seed-text';

const FAMILIES = [
  'Adams',
  'Baker',
  'Clark',
  'Davis',
  'Evans',
  'Flores',
  'Garcia',
  'Hughes',
  'Ito',
  'Jones',
  'Khan',
  'Lopez',
  'Mwangi',
  'Nguyen',
  'Ortiz',
  'Patel',
  'Quinn',
  'Reyes',
  'Singh',
  'Tanaka',
  'Usman',
  'Vargas',
  'Wright',
  'Xu',
  'Young',
];
const people = (n: number): CitationAuthor[] => FAMILIES.slice(0, n).map((family) => ({ family, given: `${family[0]}.` }));

const base = {
  year: 2020,
  title: 'A trial',
  journal: 'Journal of Care',
  volume: '12',
  issue: '3',
  pages: '100-110',
  doi: '10.1000/xyz123',
};

describe('APA 7 author lists', () => {
  it('1 author', () => {
    expect(formatApaAuthors(people(1))).toBe('Adams, A.');
  });

  it('2 authors take "&" after a comma', () => {
    expect(formatApaAuthors(people(2))).toBe('Adams, A., & Baker, B.');
  });

  it('5 authors', () => {
    expect(formatApaAuthors(people(5))).toBe('Adams, A., Baker, B., Clark, C., Davis, D., & Evans, E.');
  });

  it('20 authors are all listed, "&" before the last', () => {
    const text = formatApaAuthors(people(20));
    expect(text.split('., ').length).toBe(20);
    expect(text.startsWith('Adams, A., Baker, B.,')).toBe(true);
    expect(text.endsWith('Singh, S., & Tanaka, T.')).toBe(true);
    expect(text).not.toContain('. . .');
  });

  it('21 authors: the first 19, ". . .", then the last, with no "&"', () => {
    const text = formatApaAuthors(people(21));
    expect(text.endsWith('Reyes, R., Singh, S., . . . Usman, U.')).toBe(true);
    expect(text).not.toContain('Tanaka');
    expect(text).not.toContain('&');
  });

  it('25 authors: the first 19, ". . .", then the 25th', () => {
    const text = formatApaAuthors(people(25));
    expect(text).toBe(
      'Adams, A., Baker, B., Clark, C., Davis, D., Evans, E., Flores, F., Garcia, G., Hughes, H., Ito, I., ' +
        'Jones, J., Khan, K., Lopez, L., Mwangi, M., Nguyen, N., Ortiz, O., Patel, P., Quinn, Q., Reyes, R., ' +
        'Singh, S., . . . Young, Y.',
    );
  });

  it('an incomplete list keeps the source ellipsis before its last author', () => {
    const authors = [
      { family: 'Park', given: 'L.' },
      { family: 'Zarate', given: 'C. A.' },
    ];
    expect(formatApaAuthors([{ family: 'Ballard', given: 'E. D.' }, ...authors], true)).toBe(
      'Ballard, E. D., Park, L., ... & Zarate, C. A.',
    );
  });

  it('an incomplete list of more than 20 names still follows the 21+ rule', () => {
    const text = formatApaAuthors(people(22), true);
    expect(text.endsWith('Singh, S., . . . Vargas, V.')).toBe(true);
    expect(text).not.toContain('&');
  });

  it('keeps suffixes and family-only (group) authors', () => {
    expect(formatApaAuthors([{ family: 'Zarate', given: 'C. A.', suffix: 'Jr.' }])).toBe('Zarate, C. A., Jr.');
    expect(formatApaReference({ authors: [{ family: 'World Health Organization' }], year: 2021, title: 'Suicide worldwide in 2019' })).toBe(
      'World Health Organization. (2021). Suicide worldwide in 2019.',
    );
  });
});

describe('APA 7 references', () => {
  it('sets journal and volume in italics, issue in parentheses, pages with an en dash, the DOI as a link', () => {
    const parts = formatApaParts({ authors: people(1), ...base });
    expect(parts.filter((p) => p.italic).map((p) => p.text)).toEqual(['Journal of Care', '12']);
    expect(formatApaReference({ authors: people(1), ...base })).toBe(
      'Adams, A. (2020). A trial. Journal of Care, 12(3), 100–110. https://doi.org/10.1000/xyz123',
    );
    expect(parts.at(-1)).toEqual({ text: 'https://doi.org/10.1000/xyz123', href: 'https://doi.org/10.1000/xyz123' });
  });

  it('a missing issue number leaves out the parentheses', () => {
    expect(formatApaReference({ authors: people(1), ...base, issue: undefined })).toBe(
      'Adams, A. (2020). A trial. Journal of Care, 12, 100–110. https://doi.org/10.1000/xyz123',
    );
  });

  it('no DOI: the URL when there is one, nothing otherwise; never a trailing period after a link', () => {
    expect(formatApaReference({ authors: people(1), ...base, doi: undefined, url: 'https://example.org/a' })).toMatch(
      /100–110\. https:\/\/example\.org\/a$/,
    );
    expect(formatApaReference({ authors: people(1), ...base, doi: undefined })).toMatch(/100–110\.$/);
  });

  it('a pasted DOI prints bare behind https://doi.org/', () => {
    expect(formatApaReference({ authors: people(1), ...base, doi: 'doi:10.1000/xyz123.' })).toMatch(
      / https:\/\/doi\.org\/10\.1000\/xyz123$/,
    );
  });

  it('a title ending in a question mark takes no extra period', () => {
    expect(formatApaReference({ authors: people(1), ...base, title: 'Two separate entities?' })).toContain(
      'Two separate entities? Journal of Care',
    );
  });

  it('page ranges use an en dash', () => {
    expect(formatPages('420-431')).toBe('420–431');
    expect(formatPages('e35 - e37')).toBe('e35–e37');
    expect(formatPages('e35–e37')).toBe('e35–e37');
    expect(formatPages('856')).toBe('856');
  });

  it('the seed citations read exactly as the source prints them', () => {
    const printed = seedReferenceLines();
    const docs = seedDocuments();
    const post = docs.find((d) => d._type === 'post') as unknown as { citations: Array<{ _ref: string }> };
    const formatted = post.citations.map((c) =>
      formatApaReference(docs.find((d) => d._id === c._ref) as unknown as Parameters<typeof formatApaReference>[0]),
    );
    expect(printed).toHaveLength(4);
    expect(formatted).toEqual(printed);
  });
});

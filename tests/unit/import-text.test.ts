import { parseByline } from '@/lib/import/byline';
import { detectFormat } from '@/lib/import/detect';
import { buildDocuments, firstSentences } from '@/lib/import/documents';
import { parseDay, parsePlainText } from '@/lib/import/plain-text';

describe('plain text like the seed', () => {
  it.each([
    ['Wednesday, September 3, 2025', '2025-09-03'],
    ['Sept. 3, 2025', '2025-09-03'],
    ['3 September 2025', '2025-09-03'],
    ['September 3rd, 2025', '2025-09-03'],
    ['2025-09-03', '2025-09-03'],
    ['February 30, 2025', undefined],
    ['Ketamine', undefined],
    ['May 2025 be kind', undefined],
  ])('the date %j is %j', (line, day) => {
    expect(parseDay(line)).toBe(day);
  });

  it.each([
    ['Elena Martínez, MD', { name: 'Elena Martínez', credentials: ['MD'] }],
    [
      'By Ana Ruiz, PhD, LPC-S — Director of Psychotherapy',
      { name: 'Ana Ruiz', credentials: ['PhD', 'LPC-S'], jobTitle: 'Director of Psychotherapy' },
    ],
    [
      'Katie Coon\nBSN, RN, San Antonio Clinic Manager',
      { name: 'Katie Coon', credentials: ['BSN', 'RN'], jobTitle: 'San Antonio Clinic Manager' },
    ],
    ['Sam Lee', { name: 'Sam Lee', credentials: [] }],
    ['MD', null],
    // What blogs print beside the name (the date, the reading time) is not the person.
    ['By Elena Martínez, MD · June 10, 2025 · 6 min read', { name: 'Elena Martínez', credentials: ['MD'] }],
    ['By Jo March | Updated 3 March 2024', { name: 'Jo March', credentials: [] }],
    ['Dr. Sam Lee, PhD, LPC', { name: 'Sam Lee', credentials: ['PhD', 'LPC'] }],
    ['Dr. Jane Doe', { name: 'Dr. Jane Doe', credentials: [] }],
  ])('the byline %j', (text, byline) => {
    expect(parseByline(text)).toEqual(byline);
  });

  it('tells formats apart by content, not by name', () => {
    expect(detectFormat('<?xml version="1.0"?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>')).toBe('wordpress');
    expect(detectFormat('<rss xmlns:wp="https://wordpress.org/export/1.1/">')).toBe('wordpress');
    expect(detectFormat('<rss version="2.0" xmlns:wordpress="http://wordpress.org/export/1.0/">')).toBe('wordpress');
    expect(detectFormat('<p>Hello</p>')).toBe('html');
    expect(detectFormat('## Heading\n\nText')).toBe('markdown');
    expect(detectFormat('Title\n\nA paragraph - with a dash, and 3 < 4.')).toBe('text');
  });

  it('an article with no author, category or date is a draft to finish in the Studio, and says so', () => {
    const article = parsePlainText('A title alone\n\nA first paragraph. A second sentence here.\n')!;
    const { documents, notes } = buildDocuments([article]);
    expect(documents.map((d) => d._id)).toEqual(['drafts.post-a-title-alone']);
    expect(documents[0]).toMatchObject({ excerpt: 'A first paragraph. A second sentence here.', crisisSupport: false });
    expect(notes).toEqual([
      {
        level: 'warning',
        where: 'A title alone',
        message: 'Imported as a draft to finish in the Studio: no author, category or date could be read.',
      },
    ]);
  });

  it('the excerpt is whole sentences, at most 200 characters', () => {
    const long = `${'This sentence is about forty characters. '.repeat(6)}`;
    const excerpt = firstSentences(long);
    expect(excerpt.length).toBeLessThanOrEqual(200);
    expect(excerpt.endsWith('characters.')).toBe(true);
  });
});

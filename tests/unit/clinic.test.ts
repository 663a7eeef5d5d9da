import { formatDays, formatTime, telHref } from '@/lib/editorial/clinic';
import { parseLocation } from '@/lib/content/schema/location';
import { pageForRole, parsePage } from '@/lib/content/schema/page';
import { parsePost, parsePostCard } from '@/lib/content/schema/post';
import { formatPath } from '@/lib/editorial/findings';

const body = [
  { _type: 'block', _key: 'a', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's', text: 'Hello.', marks: [] }] },
];
const messages = (findings: Array<{ path: readonly unknown[]; message: string; level: string }>) =>
  findings.map((f) => `${f.level} ${formatPath(f.path as never)}: ${f.message}`);

describe('phone numbers and opening hours as readers read them', () => {
  it.each([
    ['(210) 555-0100', 'tel:+12105550100'],
    ['210.555.0100', 'tel:+12105550100'],
    ['1-210-555-0100', 'tel:+12105550100'],
    ['+52 55 1234 5678', 'tel:+525512345678'],
    ['988', 'tel:988'],
    ['call us!', null],
    ['javascript:alert(1)', null],
    ['12', null],
  ])('%s → %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });

  it('times in the AP style US clinics use; days as ranges', () => {
    expect(['09:00', '17:30', '12:00', '00:00', '12:15'].map((t) => formatTime(t))).toEqual([
      '9 a.m.',
      '5:30 p.m.',
      'noon',
      'midnight',
      '12:15 p.m.',
    ]);
    expect(formatDays(['Fr', 'Mo', 'Tu', 'We', 'Th'])).toBe('Monday–Friday');
    expect(formatDays(['Mo', 'We', 'Fr'])).toBe('Monday, Wednesday and Friday');
    expect(formatDays(['Sa', 'Su'])).toBe('Saturday, Sunday');
    expect(formatDays(['Mo', 'Tu', 'We', 'Sa'])).toBe('Monday–Wednesday and Saturday');
  });
});

describe('trust pages at the boundary', () => {
  const page = (fields: Record<string, unknown>) => parsePage({ _id: 'p', title: 'About', slug: 'about', kind: 'about', body, ...fields });

  it('a valid page is shown; an unknown kind is "other", with a warning', () => {
    expect(page({})).toMatchObject({ ok: true, value: { slug: 'about', kind: 'about' } });
    const odd = page({ kind: 'faq' });
    expect(odd).toMatchObject({ ok: true, value: { kind: 'other' } });
    expect(messages(odd.findings)).toEqual(['warning kind: "faq" is not a kind of page; shown as "other"']);
  });

  it.each([
    [{ slug: 'blog' }, /error slug: "blog" is an address the site itself uses/],
    [{ slug: 'Feed.xml' }, /error slug: "Feed.xml" is an address the site itself uses/],
    [{ body: [] }, /error body: has no text/],
    [{ body: undefined }, /error body: is missing/],
    [{ title: '' }, /error title: must not be empty/],
  ])('%j is hidden and says why', (fields, why) => {
    const parsed = page(fields);
    expect(parsed.ok).toBe(false);
    expect(messages(parsed.findings).join('\n')).toMatch(why);
  });

  it('"how we write and review" is the editorial policy, else the medical review policy', () => {
    const review = { kind: 'medical-review-policy' as const, slug: 'review' };
    const editorial = { kind: 'editorial-policy' as const, slug: 'editorial' };
    expect(pageForRole([review], 'principles')).toBe(review);
    expect(pageForRole([review, editorial], 'principles')).toBe(editorial);
    expect(pageForRole([review], 'contact')).toBeUndefined();
  });
});

describe('locations at the boundary', () => {
  const address = { streetAddress: '1 Main St', addressLocality: 'San Antonio', addressRegion: 'TX', postalCode: '78201' };
  const location = (fields: Record<string, unknown>) => parseLocation({ _id: 'l', name: 'Clinic', slug: 'main', address, ...fields });

  it('a full address is what a location needs; the country defaults to the US', () => {
    expect(location({})).toMatchObject({
      ok: true,
      value: { address: { ...address, addressCountry: 'US' }, openingHours: [], services: [] },
    });
    const partial = location({ address: { ...address, postalCode: undefined } });
    expect(partial.ok).toBe(false);
    expect(messages(partial.findings).join('\n')).toMatch(/error address\.postalCode: /);
  });

  it('bad hours, a hostile booking address and an impossible position are dropped one by one, each named', () => {
    const parsed = location({
      openingHours: [
        { days: ['Mo'], opens: '09:00', closes: '17:00' },
        { days: ['Tu'], opens: '9am', closes: '17:00' },
        { days: ['We'], opens: '18:00', closes: '08:00' },
        { days: [], opens: '09:00', closes: '10:00' },
      ],
      bookingUrl: 'javascript:alert(1)',
      geo: { lat: 200, lng: 0 },
      telephone: 'ring the bell',
      services: ['Therapy', 'Therapy', '', 7],
    });
    expect(parsed).toMatchObject({
      ok: true,
      value: { openingHours: [{ days: ['Mo'] }], services: ['Therapy'], telephone: 'ring the bell' },
    });
    if (!parsed.ok) return;
    expect(parsed.value.bookingUrl).toBeUndefined();
    expect(parsed.value.geo).toBeUndefined();
    expect(parsed.value.telHref).toBeUndefined();
    const log = messages(parsed.findings).join('\n');
    for (const path of [
      'openingHours[1].opens',
      'openingHours[2].closes: closes before it opens',
      'openingHours[3].days',
      'bookingUrl',
      'geo.lat',
      'telephone',
      'services[2]',
      'services[3]',
    ]) {
      expect(log).toContain(path);
    }
  });
});

describe('key points and the reviewer on a post', () => {
  const header = {
    _id: 'post-a',
    title: 'T',
    slug: 't',
    excerpt: 'E',
    publishedAt: '2025-01-01',
    category: { _id: 'c', title: 'C', slug: 'c' },
    author: { _id: 'author-a', name: 'A', slug: 'a' },
    body,
    bodyProbe: body,
  };

  it('shows the first five key points, each once; one that is not text is named', () => {
    const parsed = parsePost({ ...header, keyPoints: ['1', '2', '2', 3, '4', '5', '6', '7'] });
    expect(parsed.ok && parsed.value.keyPoints).toEqual(['1', '2', '4', '5', '6']);
    expect(messages(parsed.findings)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^warning keyPoints\[3\]/), 'warning keyPoints: has 6 points; the first 5 are shown']),
    );
  });

  it('a card names its reviewer for the reviewer’s page, never the author reviewing themselves', () => {
    expect(parsePostCard({ ...header, reviewedBy: { _id: 'author-b' } })).toMatchObject({ ok: true, value: { reviewerId: 'author-b' } });
    const self = parsePostCard({ ...header, reviewedBy: { _id: 'author-a' } });
    expect(self.ok && self.value.reviewerId).toBeUndefined();
    const none = parsePostCard({ ...header, reviewedBy: null });
    expect(none.ok && none.value.reviewerId).toBeUndefined();
  });
});

/**
 * DOI lookup with `fetch` stubbed at the network edge. The fixture follows Crossref's documented
 * `GET /works/{doi}` answer ({status, message-type, message: {author[{given, family}], issued
 * {date-parts}, title[], container-title[], volume, issue, page, …}}) for the seed's Ballard et al.
 * (2019). It was written by hand, without network access, not recorded: its author list holds the
 * seven authors the seed names, and its title is in the title case Crossref usually returns.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crossrefUrl, initials, lookupDoi, mapCrossrefWork, type CrossrefWork } from '@/lib/editorial/crossref';
import { seedDoc } from '../fixtures/datasets';

const recorded = JSON.parse(
  readFileSync(path.join(__dirname, '..', 'fixtures', 'crossref-10.1016-j.biopsych.2018.08.012.json'), 'utf8'),
) as { message: CrossrefWork };

const DOI = '10.1016/j.biopsych.2018.08.012';
let fetchStub: jest.SpyInstance;
afterEach(() => fetchStub?.mockRestore());

function stubFetch(respond: (url: string) => Promise<Response>) {
  fetchStub = jest.spyOn(globalThis, 'fetch').mockImplementation((input) => respond(String(input)));
}

describe('mapping a Crossref work onto a citation', () => {
  it('fills authors as initials, year, title, journal, volume, issue and pages with an en dash', () => {
    const seed = seedDoc('citation-ballard-2019');
    const fields = mapCrossrefWork(recorded.message, DOI);
    expect(fields).toEqual({
      authors: (seed.authors as Array<{ family: string; given: string }>).map((a, i) => ({
        _type: 'citationAuthor',
        _key: `crossref-${i + 1}`,
        family: a.family,
        given: a.given,
      })),
      authorsIncomplete: false,
      year: 2019,
      title: 'Parsing the Antidepressant and Antisuicidal Effects of Ketamine: Two Separate Entities?',
      journal: seed.journal,
      volume: seed.volume,
      issue: seed.issue,
      pages: seed.pages,
      doi: DOI,
    });
  });

  it('initials as APA prints them', () => {
    expect(initials('Elizabeth D.')).toBe('E. D.');
    expect(initials('Níall')).toBe('N.');
    expect(initials('Jean-Paul')).toBe('J.-P.');
    expect(initials('C. A.')).toBe('C. A.');
  });

  it('leaves out what Crossref does not know, so nothing typed is blanked', () => {
    expect(mapCrossrefWork({ title: ['<i>Ketamine</i> &amp; mood'], author: [{ name: 'NIMH Study Group' }] }, DOI)).toEqual({
      authors: [{ _type: 'citationAuthor', _key: 'crossref-1', family: 'NIMH Study Group' }],
      authorsIncomplete: false,
      title: 'Ketamine & mood',
      doi: DOI,
    });
  });

  it('decodes numeric and named entities, not only the five XML ones', () => {
    const fields = mapCrossrefWork(
      { title: ['Ketamine &#8211; esketamine &#x2013; and mood'], 'container-title': ['Revue m&eacute;dicale'], page: '10&ndash;20' },
      DOI,
    );
    expect(fields.title).toBe('Ketamine – esketamine – and mood');
    expect(fields.journal).toBe('Revue médicale');
    expect(fields.pages).toBe('10–20');
  });

  it('strips tags before decoding, so escaped markup stays text and nothing is decoded twice', () => {
    expect(mapCrossrefWork({ title: ['<b>x</b> &lt;i&gt; &amp;lt; R&D &notation'] }, DOI).title).toBe('x <i> &lt; R&D &notation');
  });
});

describe('looking a DOI up', () => {
  it('asks Crossref for the bare DOI and returns the fields', async () => {
    stubFetch(async () => new Response(JSON.stringify(recorded), { status: 200, headers: { 'content-type': 'application/json' } }));
    const result = await lookupDoi(`https://doi.org/${DOI}`);
    expect(fetchStub).toHaveBeenCalledWith(`https://api.crossref.org/works/${DOI}`, expect.anything());
    expect(crossrefUrl(`doi:${DOI}`)).toBe(`https://api.crossref.org/works/${DOI}`);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.fields.year).toBe(2019);
      expect(result.message).toMatch(/Filled from Crossref: 7 author\(s\), 2019/);
    }
  });

  it('an unknown DOI: says so plainly, no fields', async () => {
    stubFetch(async () => new Response('Resource not found.', { status: 404 }));
    expect(await lookupDoi('10.9999/does-not-exist')).toEqual({
      ok: false,
      message: "Crossref does not know the DOI 10.9999/does-not-exist. Check it against the article's page. Nothing was changed.",
    });
  });

  it('offline: says so plainly, no fields', async () => {
    stubFetch(async () => {
      throw new TypeError('fetch failed');
    });
    expect(await lookupDoi(DOI)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Crossref could not be reached \(are you offline\?\)\. Nothing was changed/),
    });
  });

  it('a server error or an unreadable answer: no fields', async () => {
    stubFetch(async () => new Response('busy', { status: 503 }));
    expect(await lookupDoi(DOI)).toEqual({ ok: false, message: expect.stringMatching(/HTTP 503\)\. Nothing was changed/) });
    fetchStub.mockRestore();
    stubFetch(async () => new Response('<html>', { status: 200 }));
    expect(await lookupDoi(DOI)).toEqual({ ok: false, message: expect.stringMatching(/could not be read\. Nothing was changed/) });
  });

  it('something that is not a DOI is not sent at all', async () => {
    stubFetch(async () => new Response('{}'));
    expect(await lookupDoi('12345')).toEqual({ ok: false, message: expect.stringMatching(/does not look like a DOI/) });
    expect(await lookupDoi('  ')).toEqual({ ok: false, message: expect.stringMatching(/Type or paste the DOI first/) });
    expect(fetchStub).not.toHaveBeenCalled();
  });
});

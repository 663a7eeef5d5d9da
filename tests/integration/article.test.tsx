/**
 * @jest-environment jsdom
 */
/**
 * The article as a reader gets it: the seed post through groq-js and the zod boundary, rendered by
 * the page's components, compared with the source text copied into tests/fixtures.
 */
import { render, screen, within } from '@testing-library/react';
import { ArticleView } from '@/app/_components/ArticleView';
import { CrisisLine } from '@/app/_components/CrisisResources';
import { PostList } from '@/app/_components/PostList';
import { createLocalSource } from '@/lib/content/sources';
import { selectPost, selectPosts, selectSiteChrome } from '@/lib/content/select';
import type { Post } from '@/lib/content';
import { postBySlugQuery, postsQuery, siteSettingsQuery } from '@/lib/queries';
import { seedBodySentences, seedReferenceLines, squash } from '../fixtures/seed-text';
import { block, ref, SEED_FILE, SEED_POST_ID, SEED_SLUG, seedDoc, seedDocuments, writeDataset } from '../fixtures/datasets';

async function loadSeed(file = SEED_FILE, slug = SEED_SLUG) {
  const source = createLocalSource(file);
  const post = selectPost(await source.query(postBySlugQuery, { slug }, []));
  const chrome = selectSiteChrome(await source.query(siteSettingsQuery, {}, []));
  if (!post) throw new Error('seed post did not parse');
  return { post, crisis: chrome.crisis };
}

describe('the seed article page', () => {
  let post: Post;
  let container: HTMLElement;
  // Rendered afresh for each test: Testing Library unmounts after every test.
  beforeEach(async () => {
    const seed = await loadSeed();
    post = seed.post;
    container = render(<ArticleView post={seed.post} crisis={seed.crisis} />).container;
  });

  it('shows every sentence of the source body, in order', () => {
    const text = squash(container.textContent ?? '');
    let from = 0;
    const all = seedBodySentences();
    expect(all.length).toBeGreaterThan(40);
    for (const sentence of all) {
      const at = text.indexOf(squash(sentence), from);
      expect({ sentence, found: at >= 0 }).toEqual({ sentence, found: true });
      from = at;
    }
  });

  it('has an excerpt of verbatim source sentences, 50–200 characters', () => {
    // The excerpt is shown under the title and to search engines: it must say what the source says.
    const sentences = seedBodySentences().map(squash);
    const excerpt = squash(post.excerpt ?? '');
    expect(excerpt.length).toBeGreaterThanOrEqual(50);
    expect(excerpt.length).toBeLessThanOrEqual(200);
    const parts = excerpt.split(/(?<=[.?!])\s+(?=[A-Z0-9"“])/);
    const first = sentences.indexOf(parts[0]);
    expect({ first: parts[0], found: first >= 0 }).toEqual({ first: parts[0], found: true });
    expect(sentences.slice(first, first + parts.length)).toEqual(parts);
  });

  it('has one h1, the title, and the sections as h2 headings', () => {
    const h1s = container.querySelectorAll('h1');
    expect(h1s).toHaveLength(1);
    expect(h1s[0]).toHaveTextContent('How Ketamine-Assisted Psychotherapy Helps Reduce Suicidality');
    const h2s = [...container.querySelectorAll('.article-body h2')].map((h) => h.textContent);
    expect(h2s).toEqual([
      '1. The Neurobiology of Hope',
      '2. Breaking the Cycle of Suicidal Thinking',
      '3. The Role of Psychotherapy',
      '4. Clinical Evidence',
      'Bottom Line',
    ]);
    // The "(KAP)" title variant and the closing signature are metadata, not body text.
    expect(container.querySelector('.article-body')?.textContent).not.toContain('Psychotherapy (KAP) Helps Reduce');
  });

  it('renders the four-item list as a real list', () => {
    const lists = container.querySelectorAll('.article-body ul');
    expect(lists).toHaveLength(1);
    expect([...lists[0].querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Process and reframe painful memories or beliefs',
      'Build coping skills for future stress',
      'Reconnect with values, relationships, and purpose',
      'Anchor newfound hope into everyday life',
    ]);
  });

  it('shows the breadcrumb, labelled date, reading time and byline linking to the author', () => {
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('link');
    expect(crumbs.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['Ketamine', '/categories/ketamine'],
    ]);
    const meta = container.querySelector('.article-meta') as HTMLElement;
    expect(meta).toHaveTextContent(/^Published September 3, 2025/);
    expect(meta.querySelector('time')).toHaveAttribute('datetime', '2025-09-03T09:00:00-05:00');
    // 590 words of body at 200 words a minute.
    expect(meta).toHaveTextContent('3 min read');
    const byline = container.querySelector('.byline') as HTMLElement;
    expect(byline).toHaveTextContent('By Katie Coon, BSN, RN');
    expect(byline).toHaveTextContent('San Antonio Clinic Manager');
    expect(within(byline).getByRole('link', { name: 'Katie Coon, BSN, RN' })).toHaveAttribute('href', '/authors/katie-coon');
    // No reviewer in the seed: no review line is invented.
    expect(container).not.toHaveTextContent('Medically reviewed');
  });

  it('puts a compact crisis line with a 988 link in the header, before the body', () => {
    const callout = container.querySelector('.article-header .crisis-callout') as HTMLElement;
    expect(within(callout).getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(within(callout).getByRole('link', { name: 'More ways to get help' })).toHaveAttribute('href', '#crisis-resources');
    expect(container.querySelector('#crisis-resources')).not.toBeNull();
  });

  it('lists the sections in a table of contents whose links match the heading ids', () => {
    const toc = screen.getByRole('navigation', { name: 'In this article' });
    const links = within(toc).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#the-neurobiology-of-hope',
      '#breaking-the-cycle-of-suicidal-thinking',
      '#the-role-of-psychotherapy',
      '#clinical-evidence',
      '#bottom-line',
    ]);
    const ids = [...container.querySelectorAll('.article-body h2')].map((h) => `#${h.id}`);
    expect(ids).toEqual(links.map((a) => a.getAttribute('href')));
  });

  it('ends with the author card: name with credentials linking to the author page, and job title', () => {
    const card = screen.getByRole('region', { name: 'About the author' });
    expect(within(card).getByRole('link', { name: 'Katie Coon, BSN, RN' })).toHaveAttribute('href', '/authors/katie-coon');
    expect(card).toHaveTextContent('San Antonio Clinic Manager');
  });

  it('lists the four references exactly as the source prints them, each DOI a link', () => {
    const printed = seedReferenceLines();
    const items = [...container.querySelectorAll('.references li')];
    expect(items.map((li) => li.textContent)).toEqual(printed);
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual([
      'https://doi.org/10.1016/j.biopsych.2018.08.012',
      'https://doi.org/10.1176/appi.ajp.20220512',
      'https://doi.org/10.1176/appi.ajp.2017.17040472',
      'https://doi.org/10.1001/archpsyc.63.8.856',
    ]);
    expect([...items[0].querySelectorAll('i')].map((i) => i.textContent)).toEqual(['Biological Psychiatry', '85']);
  });

  it('shows the 988 crisis note with call and text links', () => {
    const crisis = container.querySelector('aside.crisis') as HTMLElement;
    expect(crisis).toHaveTextContent(
      'Note: If you are in immediate crisis or thinking about harming yourself, please call or text 988 in the U.S. to connect with the Suicide & Crisis Lifeline.',
    );
    expect(within(crisis).getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(within(crisis).getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    expect(crisis.textContent).not.toMatch(/press 3/i);
  });

  it('never prints undefined, null, NaN or [object Object]', () => {
    expect(container.textContent).not.toMatch(/undefined|null|NaN|Invalid Date|\[object Object\]/);
    expect(post.updatedAt).toBeUndefined();
    expect(container.textContent).not.toContain('Updated');
  });
});

describe('articles other than the seed', () => {
  it('numbers inline citations by the reference list and leaves a citation outside it unmarked', async () => {
    const post = seedDoc(SEED_POST_ID);
    (post.body as unknown[]).unshift(
      block('c1', 'Ketamine can reduce suicidal ideation within a day.', {
        markDefs: [
          { _type: 'citationRef', _key: 'r1', citation: ref('citation-wilkinson-2018') },
          { _type: 'citationRef', _key: 'r2', citation: ref('citation-unlisted') },
        ],
        children: [
          { _type: 'span', _key: 'a', text: 'Ketamine can reduce suicidal ideation', marks: ['r1'] },
          { _type: 'span', _key: 'b', text: ' within a day.', marks: ['r2'] },
        ],
      }),
    );
    const unlisted = {
      _id: 'citation-unlisted',
      _type: 'citation',
      authors: [{ family: 'Doe', given: 'J.' }],
      year: 2020,
      title: 'Not listed',
    };
    const docs = seedDocuments().filter((d) => d._id !== SEED_POST_ID);
    const { post: parsed, crisis } = await loadSeed(writeDataset([...docs, post, unlisted]));
    const { container } = render(<ArticleView post={parsed} crisis={crisis} />);
    const markers = [...container.querySelectorAll('sup.cite a')];
    expect(markers.map((a) => [a.textContent, a.getAttribute('href'), a.id])).toEqual([['[3]', '#ref-3', 'cite-3-1']]);
    expect(container.querySelector('#ref-3')).toHaveTextContent(/^Wilkinson, S. T./);
    expect(container.textContent).toContain('Ketamine can reduce suicidal ideation[3] within a day.');
    // And back: the entry links to where it is cited; uncited entries have no back link.
    expect([...container.querySelectorAll('#ref-3 .backlinks a')].map((a) => a.getAttribute('href'))).toEqual(['#cite-3-1']);
    expect(container.querySelector('#ref-1 .backlinks')).toBeNull();
  });

  it('links an author–date citation’s own words to the reference, with no number beside them; a year alone is not one', async () => {
    const post = seedDoc(SEED_POST_ID);
    (post.body as unknown[]).unshift(
      block('ad', 'Ketamine helps (Wilkinson et al., 2018), as a 2018 study found.', {
        markDefs: [
          { _type: 'citationRef', _key: 'r1', citation: ref('citation-wilkinson-2018'), authorDate: true },
          { _type: 'citationRef', _key: 'r2', citation: ref('citation-wilkinson-2018') },
        ],
        children: [
          { _type: 'span', _key: 'a', text: 'Ketamine helps (', marks: [] },
          { _type: 'span', _key: 'b', text: 'Wilkinson et al., 2018', marks: ['r1'] },
          { _type: 'span', _key: 'c', text: '), as ', marks: [] },
          { _type: 'span', _key: 'd', text: 'a 2018 study', marks: ['r2'] },
          { _type: 'span', _key: 'e', text: ' found.', marks: [] },
        ],
      }),
    );
    const docs = seedDocuments().filter((d) => d._id !== SEED_POST_ID);
    const { post: parsed, crisis } = await loadSeed(writeDataset([...docs, post]));
    const { container } = render(<ArticleView post={parsed} crisis={crisis} />);
    const words = container.querySelector('a.cite-author-date')!;
    expect([words.textContent, words.getAttribute('href'), words.id]).toEqual(['Wilkinson et al., 2018', '#ref-3', 'cite-3-1']);
    // The other citation, though its words hold a year, is numbered as usual.
    expect(container.textContent).toContain('Ketamine helps (Wilkinson et al., 2018), as a 2018 study[3] found.');
    expect([...container.querySelectorAll('#ref-3 .backlinks a')].map((a) => a.getAttribute('href'))).toEqual(['#cite-3-1', '#cite-3-2']);
  });

  it('gives each occurrence of a source its own anchor, even when editors reuse annotation keys', async () => {
    const post = seedDoc(SEED_POST_ID);
    const cited = (key: string, text: string) =>
      block(key, text, {
        markDefs: [{ _type: 'citationRef', _key: 'same', citation: ref('citation-zarate-2006') }],
        children: [{ _type: 'span', _key: 's', text, marks: ['same'] }],
      });
    (post.body as unknown[]).unshift(cited('x', 'First claim.'), cited('x', 'Second claim.'));
    const docs = seedDocuments().filter((d) => d._id !== SEED_POST_ID);
    const { post: parsed, crisis } = await loadSeed(writeDataset([...docs, post]));
    const { container } = render(<ArticleView post={parsed} crisis={crisis} />);
    expect([...container.querySelectorAll('sup.cite a')].map((a) => a.id)).toEqual(['cite-4-1', 'cite-4-2']);
    const back = [...container.querySelectorAll('#ref-4 .backlinks a')];
    expect(back.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['↩a', '#cite-4-1'],
      ['↩b', '#cite-4-2'],
    ]);
    const ids = [...container.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('places one marker after a cited run: outside links, once across emphasis, none for unused annotations', async () => {
    const post = seedDoc(SEED_POST_ID);
    (post.body as unknown[]).unshift(
      block('c', 'x', {
        markDefs: [
          { _type: 'link', _key: 'l', href: 'https://988lifeline.org/' },
          { _type: 'citationRef', _key: 'r', citation: ref('citation-ballard-2019') },
          { _type: 'citationRef', _key: 'unused', citation: ref('citation-ballard-2019') },
          { _type: 'citationRef', _key: 'em', citation: ref('citation-feder-2023') },
        ],
        children: [
          { _type: 'span', _key: 'a', text: 'Read the ', marks: ['l', 'r'] },
          { _type: 'span', _key: 'b', text: 'study', marks: ['l', 'r', 'em'] },
          { _type: 'span', _key: 'c', text: ' here.', marks: [] },
        ],
      }),
      block('h', 'Crisis line', { style: 'h2' }),
    );
    const docs = seedDocuments().filter((d) => d._id !== SEED_POST_ID);
    const spy = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { post: parsed, crisis } = await loadSeed(writeDataset([...docs, post]));
    spy.mockRestore();
    const { container } = render(<ArticleView post={parsed} crisis={crisis} />);
    expect(container.querySelector('a a')).toBeNull();
    const markers = [...container.querySelectorAll('sup.cite a')];
    expect(markers.map((a) => [a.textContent, a.id])).toEqual([['[1]', 'cite-1-1']]);
    expect(container.querySelector('.article-body p')?.textContent).toBe('Read the study[1] here.');
    // The emphasis survives: a key named "em" is refused as an annotation, not allowed to take it over.
    expect(container.querySelector('.article-body p em')).toHaveTextContent('study');
    expect([...container.querySelectorAll('#ref-1 .backlinks a')].map((a) => a.getAttribute('href'))).toEqual(['#cite-1-1']);
    // A heading named like a page part gets its own id.
    expect(container.querySelector('.article-body h2')?.id).toBe('section-crisis-line');
  });

  it('shows the medical reviewer with credentials and date, the update date and related articles', async () => {
    const post = seedDoc(SEED_POST_ID);
    post.reviewedBy = ref('author-dr-lee');
    post.lastReviewedAt = '2025-10-01';
    post.updatedAt = '2025-10-02';
    const reviewer = { _id: 'author-dr-lee', _type: 'author', name: 'Sam Lee', slug: { current: 'sam-lee' }, credentials: ['MD'] };
    const docs = seedDocuments().filter((d) => d._id !== SEED_POST_ID);
    const { post: parsed, crisis } = await loadSeed(writeDataset([...docs, post, reviewer]));
    const related = [{ ...parsed, _id: 'post-other', slug: 'other', title: 'Another ketamine article' }];
    const { container } = render(<ArticleView post={parsed} crisis={crisis} disclaimer="General information only." related={related} />);
    const review = container.querySelector('.reviewed-by') as HTMLElement;
    expect(review).toHaveTextContent('Medically reviewed by Sam Lee, MD on October 1, 2025');
    expect(within(review).getByRole('link')).toHaveAttribute('href', '/authors/sam-lee');
    expect(container.querySelector('.article-meta')).toHaveTextContent('Updated October 2, 2025');
    expect(screen.getByRole('complementary', { name: 'Medical disclaimer' })).toHaveTextContent('General information only.');
    const more = screen.getByRole('region', { name: 'More on Ketamine' });
    expect(within(more).getByRole('link', { name: 'Another ketamine article' })).toHaveAttribute('href', '/blog/other');
  });

  it('the clinic’s phone and booking link come after the crisis resources, plain, and only when set', async () => {
    const { post, crisis } = await loadSeed();
    // The organization as the site reads it: through the boundary, which makes the phone a link.
    const contactFrom = (organization: Record<string, unknown>) => {
      const org = selectSiteChrome({ ...seedDoc('siteSettings'), organization: { name: 'San Antonio Clinic', ...organization } }).settings
        .organization!;
      return { name: org.name, telephone: org.telephone, telHref: org.telHref, bookingUrl: org.bookingUrl };
    };
    const contact = contactFrom({ telephone: '(210) 555-0100', bookingUrl: 'https://booking.example/clinic' });
    const { container, unmount } = render(<ArticleView post={post} crisis={crisis} contact={contact} />);
    const block = screen.getByRole('complementary', { name: 'Talk with San Antonio Clinic' });
    expect(within(block).getByRole('link', { name: '(210) 555-0100' })).toHaveAttribute('href', 'tel:+12105550100');
    const booking = within(block).getByRole('link', { name: 'Request an appointment' });
    expect(booking).toHaveAttribute('href', 'https://booking.example/clinic');
    expect(booking).toHaveAttribute('rel', 'noreferrer');
    // Help in a crisis is pointed to before the phone and the booking link.
    const note = within(block).getByRole('link', { name: 'get help now' });
    expect(note).toHaveAttribute('href', '#crisis-line');
    expect(note.compareDocumentPosition(booking) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const crisisBlock = container.querySelector('#crisis-resources')!;
    // After the crisis resources in the document, not inside them.
    expect(crisisBlock.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(crisisBlock.contains(block)).toBe(false);
    expect(container.querySelectorAll('script, iframe, img[src*="booking"]')).toHaveLength(0);
    unmount();

    // Nothing set, a phone that cannot be dialled, or a script as the booking address: no block at all.
    for (const organization of [{}, { telephone: 'call us' }, { bookingUrl: 'javascript:alert(1)' }]) {
      const view = render(<ArticleView post={post} crisis={crisis} contact={contactFrom(organization)} />);
      expect(view.container.querySelector('.clinic-contact')).toBeNull();
      view.unmount();
    }
    const phoneOnly = render(<ArticleView post={post} crisis={crisis} contact={contactFrom({ telephone: '+1 210 555 0100' })} />);
    expect(phoneOnly.container.querySelector('.clinic-contact li a')).toHaveAttribute('href', 'tel:+12105550100');
    expect(phoneOnly.container.querySelector('.clinic-contact')).not.toHaveTextContent('Request an appointment');
  });

  it('key points: a short box after the crisis callout and before the text; the review line gives the next due date', async () => {
    const post = seedDoc(SEED_POST_ID);
    post.keyPoints = ['Ketamine can ease suicidal thoughts within hours.', 'Therapy helps the effect last.'];
    post.reviewedBy = ref('author-dr-lee');
    post.lastReviewedAt = '2024-02-29';
    const reviewer = { _id: 'author-dr-lee', _type: 'author', name: 'Sam Lee', slug: { current: 'sam-lee' }, credentials: ['MD'] };
    const docs = seedDocuments().filter((d) => d._id !== SEED_POST_ID);
    const { post: parsed, crisis } = await loadSeed(writeDataset([...docs, post, reviewer]));
    const { container } = render(<ArticleView post={parsed} crisis={crisis} />);
    const box = screen.getByRole('complementary', { name: 'Key points' });
    expect(
      within(box)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(post.keyPoints);
    const callout = container.querySelector('.crisis-callout')!;
    const body = container.querySelector('.article-body')!;
    expect(callout.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(box.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelector('.reviewed-by')).toHaveTextContent(
      // Long past: the reader is told it was due, not that it is.
      'Medically reviewed by Sam Lee, MD on February 29, 2024 · Next review was due February 28, 2025',
    );
  });

  it('escapes hostile markup in every field and renders no unsafe link', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    const post = seedDoc(SEED_POST_ID);
    post.title = hostile;
    post.excerpt = hostile;
    (post.body as unknown[]).unshift(
      block('h', hostile, {
        markDefs: [
          { _type: 'link', _key: 'ok', href: 'https://988lifeline.org/' },
          { _type: 'link', _key: 'bad', href: 'JaVaScRiPt:alert(1)' },
        ],
        children: [
          { _type: 'span', _key: 'a', text: 'Lifeline', marks: ['ok'] },
          { _type: 'span', _key: 'b', text: ' and a trap', marks: ['bad'] },
        ],
      }),
    );
    const docs = seedDocuments().filter((d) => d._id !== SEED_POST_ID);
    const spy = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { post: parsed, crisis } = await loadSeed(writeDataset([...docs, post]));
    spy.mockRestore();
    const { container } = render(<ArticleView post={parsed} crisis={crisis} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText(hostile, { exact: false }).length).toBeGreaterThan(0);
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs).toContain('https://988lifeline.org/');
    expect(hrefs.every((h) => !/^\s*javascript:/i.test(h))).toBe(true);
    expect(container.textContent).toContain('Lifeline and a trap');
  });

  it('lists posts with title link, excerpt, date and author', async () => {
    const posts = selectPosts(await createLocalSource(SEED_FILE).query(postsQuery, {}, []));
    const { container } = render(<PostList posts={posts} empty="None." language="en" />);
    const link = screen.getByRole('link', { name: 'How Ketamine-Assisted Psychotherapy Helps Reduce Suicidality' });
    expect(link).toHaveAttribute('href', `/blog/${SEED_SLUG}`);
    expect(container).toHaveTextContent('September 3, 2025');
    expect(container).toHaveTextContent('Katie Coon, BSN, RN');
    expect(container).toHaveTextContent(posts[0].excerpt);
  });

  it('the footer crisis line shows the whole resources: heading, message and every action', async () => {
    const { crisis } = await loadSeed();
    const { container } = render(<CrisisLine crisis={crisis} />);
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(crisis.actions.map((a) => a.href));
    expect(container).toHaveTextContent(crisis.heading);
    expect(container).toHaveTextContent(crisis.message);
  });
});

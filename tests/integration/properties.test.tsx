/**
 * Property-based tests (fast-check) over the zod boundary and the renderers: any JSON a query could
 * return either becomes a view model that renders without throwing and without `undefined`, `NaN`,
 * `Invalid Date` or `[object Object]` in the text, or is rejected with a logged reason. Inputs are
 * both arbitrary JSON and the seed post with random parts replaced, removed or made hostile. What
 * the boundary returns always satisfies the schema its type is inferred from.
 */
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { ArticleView } from '@/app/_components/ArticleView';
import { AuthorCard } from '@/app/_components/AuthorCard';
import { CrisisLine, CrisisResources } from '@/app/_components/CrisisResources';
import { PostList } from '@/app/_components/PostList';
import { resetReportedFindings } from '@/lib/content/report';
import { authorSchema } from '@/lib/content/schema/author';
import { postCardSchema, postSchema } from '@/lib/content/schema/post';
import { siteSettingsSchema, crisisResourcesSchema } from '@/lib/content/schema/site-settings';
import { selectAuthors, selectPost, selectPosts, selectSiteChrome } from '@/lib/content/select';
import { createLocalSource } from '@/lib/content/sources';
import { articleJsonLd, serializeJsonLd } from '@/lib/seo/jsonld';
import { authorsQuery, postBySlugQuery, siteSettingsQuery } from '@/lib/queries';
import { SEED_FILE, SEED_SLUG } from '../fixtures/datasets';

const RUNS = Number(process.env.FC_RUNS ?? 150);
const BAD_WORDS = ['undefined', 'NaN', 'Invalid Date', '[object Object]'];
const SITE = {
  origin: 'https://clinic.example',
  siteName: 'Clinic',
  logoUrl: 'https://clinic.example/icon.svg',
  timeZone: 'America/Chicago',
  language: 'en' as const,
};

/** Strings a hostile or careless editor might type. */
const hostileString = fc.constantFrom(
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '\u202Eevil\u202C',
  'x'.repeat(10_000),
  '',
  '   ',
  'undefined',
  '2025-02-30',
  '{{title}}',
);
const jsonValue = fc.oneof(
  { depthSize: 'small' },
  fc.jsonValue({ maxDepth: 3 }),
  hostileString,
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.double(),
  fc.constant(Number.NaN),
);

type Path = Array<string | number>;

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      pathsOf(child, path, out);
    }
  }
  return out;
}

/** One random change to a value: a path inside it replaced by any JSON value, or removed. */
function changeOf(paths: Path[]) {
  return fc.record({
    path: fc.integer({ min: 0, max: 1_000_000 }).map((i) => paths[i % paths.length]),
    value: jsonValue,
    remove: fc.boolean(),
  });
}

function mutate(root: unknown, changes: Array<{ path: Path; value: unknown; remove: boolean }>): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  for (const { path, value, remove } of changes) {
    let node: unknown = copy;
    for (const key of path.slice(0, -1)) {
      node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
    }
    if (!node || typeof node !== 'object') continue;
    const last = path[path.length - 1];
    if (remove) delete (node as Record<string | number, unknown>)[last];
    else (node as Record<string | number, unknown>)[last] = value;
  }
  return copy;
}

/** Every string inside a value: a bad word the input itself contains may be shown as text. */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const child of Object.values(value)) stringsIn(child, out);
  return out;
}

function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&');
}

function expectCleanText(html: string, input: unknown) {
  const text = textOf(html);
  const given = stringsIn(input).join('\n');
  for (const word of BAD_WORDS) if (!given.includes(word)) expect(text).not.toContain(word);
}

function expectNoScriptLinks(html: string) {
  for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) {
    expect(href.replace(/&amp;/g, '&').trim().toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
  }
  expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
}

let seedPost: unknown;
let seedPaths: Path[];
let seedAuthors: unknown[];
let seedSettings: unknown;
const logs: string[] = [];

beforeAll(async () => {
  const source = createLocalSource(SEED_FILE);
  seedPost = ((await source.query(postBySlugQuery, { slug: SEED_SLUG }, [])) as unknown[])[0];
  seedPaths = pathsOf(seedPost);
  seedAuthors = (await source.query(authorsQuery, {}, [])) as unknown[];
  seedSettings = await source.query(siteSettingsQuery, {}, []);
  expect(seedPaths.length).toBeGreaterThan(100);
});

beforeEach(() => {
  logs.length = 0;
  jest.spyOn(console, 'error').mockImplementation((m: string) => void logs.push(String(m)));
  jest.spyOn(console, 'warn').mockImplementation((m: string) => void logs.push(String(m)));
});
afterEach(() => jest.restoreAllMocks());

/** The whole article path: boundary, view model, page markup and JSON-LD. */
function checkPost(raw: unknown) {
  resetReportedFindings();
  logs.length = 0;
  const post = selectPost([raw]);
  if (!post) {
    // Rejected: the reason is logged, naming the document (or that it has no _id).
    expect(logs.join('\n')).toMatch(/\[content\] post "(?:[^"\\\n]|\\.)*" is not shown anywhere until this is fixed:\n {2}- /);
    return;
  }
  expect(postSchema.safeParse(post).error).toBeUndefined();
  for (const card of selectPosts([raw])) expect(postCardSchema.safeParse(card).error).toBeUndefined();
  const html = renderToStaticMarkup(<ArticleView post={post} crisis={selectSiteChrome(null).crisis} related={[post]} />);
  expectCleanText(html, raw);
  expectNoScriptLinks(html);
  const jsonLd = serializeJsonLd(articleJsonLd(post, SITE));
  expect(jsonLd).not.toMatch(/[<>]/);
  expect(() => JSON.parse(jsonLd)).not.toThrow();
  const list = renderToStaticMarkup(<PostList posts={selectPosts([raw])} empty="None." language="en" />);
  expectCleanText(list, raw);
  expectNoScriptLinks(list);
}

describe('any post document', () => {
  it('the seed post itself renders', () => {
    checkPost(seedPost);
    expect(selectPost([seedPost])).not.toBeNull();
  });

  it('with random parts replaced, removed or made hostile, renders cleanly or is rejected with a reason', () => {
    const change = changeOf(seedPaths);
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 6 }), (changes) => checkPost(mutate(seedPost, changes))),
      { numRuns: RUNS },
    );
  });

  it('as arbitrary JSON, renders cleanly or is rejected with a reason', () => {
    fc.assert(
      fc.property(jsonValue, (raw) => checkPost(raw)),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('_id', 'title', 'slug', 'publishedAt', 'author', 'body', 'citations', 'excerpt'), jsonValue),
        (raw) => checkPost(raw),
      ),
      { numRuns: RUNS },
    );
  });
});

describe('any author list and site settings', () => {
  it('authors render as cards or are rejected with a reason', () => {
    const change = changeOf(pathsOf(seedAuthors));
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 5 }), (changes) => {
        resetReportedFindings();
        logs.length = 0;
        const raw = mutate(seedAuthors, changes) as unknown[];
        const authors = selectAuthors(raw);
        if (authors.length < raw.length) expect(logs.join('\n')).toMatch(/\[content\] author "[^"]*" is not shown anywhere/);
        for (const author of authors) {
          expect(authorSchema.safeParse(author).error).toBeUndefined();
          const html = renderToStaticMarkup(<AuthorCard author={author} heading="About the author" language="en" />);
          expectCleanText(html, raw);
          expectNoScriptLinks(html);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the crisis line is always there, from the settings or the built-in text', () => {
    const change = changeOf(pathsOf(seedSettings));
    fc.assert(
      fc.property(
        fc.oneof(
          jsonValue,
          fc.array(change, { minLength: 1, maxLength: 5 }).map((c) => mutate(seedSettings, c)),
        ),
        (raw) => {
          resetReportedFindings();
          const { crisis, settings } = selectSiteChrome(raw);
          expect(crisisResourcesSchema.safeParse(crisis).error).toBeUndefined();
          expect(siteSettingsSchema.safeParse(settings).error).toBeUndefined();
          const html = renderToStaticMarkup(
            <>
              <CrisisLine crisis={crisis} />
              <CrisisResources crisis={crisis} />
            </>,
          );
          expect(html).toMatch(/href="tel:/);
          expectCleanText(html, raw);
          expectNoScriptLinks(html);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

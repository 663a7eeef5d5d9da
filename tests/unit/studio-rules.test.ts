/**
 * The editorial rules are registered on the right fields of the Studio schema, at the right level:
 * each field's real `validation` function is run with a recording Rule, and the custom validators it
 * registers are called with a document, as Sanity calls them. (tests/integration/studio-validate
 * runs the same schema through Sanity's own CLI.)
 */
import type { SanityDocument, ValidationContext } from 'sanity';

// The schema modules only need define* (identity functions) from 'sanity'; the real package is ESM.
jest.mock('sanity', () => ({
  defineType: <T>(x: T) => x,
  defineField: <T>(x: T) => x,
  defineArrayMember: <T>(x: T) => x,
  set: jest.fn(),
  unset: jest.fn(),
}));

import { schemaTypes } from '@/sanity/schemaTypes';
import { block, SEED_POST_ID, seedDoc } from '../fixtures/datasets';

type Validator = (value: unknown, context: ValidationContext) => unknown;
interface Chain {
  level: 'error' | 'warning' | 'info';
  required: boolean;
  customs: Validator[];
}

const CHAIN = Symbol('chain');
/** A stand-in for Sanity's immutable Rule: every call returns a new rule that remembers the chain. */
function recordingRule(chain: Chain = { level: 'error', required: false, customs: [] }): unknown {
  return new Proxy(
    {},
    {
      get: (_target, prop) => {
        if (prop === CHAIN) return chain;
        return (...args: unknown[]) => {
          const next = { ...chain, customs: [...chain.customs] };
          if (prop === 'custom') next.customs.push(args[0] as Validator);
          if (prop === 'warning' || prop === 'error' || prop === 'info') next.level = prop;
          if (prop === 'required') next.required = true;
          return recordingRule(next);
        };
      },
    },
  );
}

interface FieldLike {
  name?: string;
  type?: string;
  fields?: FieldLike[];
  of?: FieldLike[];
  marks?: { annotations?: FieldLike[] };
  validation?: (rule: unknown) => unknown;
}

function chainsOf(field: FieldLike | undefined): Chain[] {
  if (!field?.validation) return [];
  const result = field.validation(recordingRule());
  return (Array.isArray(result) ? result : [result]).map((r) => (r as Record<symbol, Chain>)[CHAIN]);
}

const typeNamed = (name: string) => schemaTypes.find((t) => (t as FieldLike).name === name) as FieldLike;
const fieldOf = (parent: FieldLike, name: string) => parent.fields?.find((f) => f.name === name) as FieldLike;

function context(document: Record<string, unknown>, extra: Partial<ValidationContext> = {}): ValidationContext {
  return {
    document: document as SanityDocument,
    environment: 'studio',
    getClient: () => {
      throw new Error('this rule should not query the dataset');
    },
    ...extra,
  } as ValidationContext;
}

/** Run every custom validator of the field's chains at `level`; the non-true results. */
async function results(field: FieldLike, level: Chain['level'], value: unknown, ctx: ValidationContext): Promise<unknown[]> {
  const found: unknown[] = [];
  for (const chain of chainsOf(field).filter((c) => c.level === level)) {
    for (const validate of chain.customs) {
      const result = await validate(value, ctx);
      if (result !== true) found.push(result);
    }
  }
  return found;
}

/** The messages an editor would read, one a line. */
const text = (found: unknown[]) =>
  found
    .flat()
    .map((r) => (typeof r === 'string' ? r : (r as { message: string }).message))
    .join('\n');

const post = typeNamed('post');
const unsafe = {
  ...seedDoc(SEED_POST_ID),
  title: 'A Guaranteed Cure',
  crisisSupport: false,
  publishedAt: '2025-09-03T09:00:00-05:00',
  lastReviewedAt: '2099-01-01',
  updatedAt: '2025-01-01T00:00:00Z',
  body: [block('p1', 'Her brother committed suicide. Ketamine is FDA-approved for depression.')],
};

describe('post', () => {
  it('crisisSupport: an error when the text discusses suicide', async () => {
    expect(text(await results(fieldOf(post, 'crisisSupport'), 'error', false, context(unsafe)))).toMatch(
      /speaks of suicide.*Turn on "Show crisis resources"/,
    );
    expect(await results(fieldOf(post, 'crisisSupport'), 'error', true, context(seedDoc(SEED_POST_ID)))).toEqual([]);
  });

  it('body: safe-messaging and claim warnings on the block, with the suggestion', async () => {
    const found = (await results(fieldOf(post, 'body'), 'warning', unsafe.body, context(unsafe))).flat() as Array<{
      message: string;
      path?: unknown[];
    }>;
    expect(found).toEqual(
      expect.arrayContaining([
        { message: expect.stringMatching(/"committed suicide".*Suggestion: Write "died by suicide"\./), path: [{ _key: 'p1' }] },
        { message: expect.stringMatching(/"FDA-approved" said of ketamine/), path: [{ _key: 'p1' }] },
      ]),
    );
    expect(await results(fieldOf(post, 'body'), 'error', unsafe.body, context(unsafe))).toEqual([]);
  });

  it('body: the readability warning', async () => {
    const seed = seedDoc(SEED_POST_ID);
    expect(text(await results(fieldOf(post, 'body'), 'warning', seed.body, context(seed)))).toMatch(/reads at grade 12\.2/);
  });

  it('title and excerpt: claim warnings', async () => {
    expect(text(await results(fieldOf(post, 'title'), 'warning', unsafe.title, context(unsafe)))).toMatch(
      /^"Cure" promises more[^\n]*\n"Guaranteed": no treatment result/,
    );
    const excerpt = { ...unsafe, excerpt: 'Ketamine is non-addictive and works fast for most people we see.' };
    expect(text(await results(fieldOf(post, 'excerpt'), 'warning', excerpt.excerpt, context(excerpt)))).toMatch(/"non-addictive"/);
  });

  it('lastReviewedAt and updatedAt: date errors', async () => {
    expect(text(await results(fieldOf(post, 'lastReviewedAt'), 'error', unsafe.lastReviewedAt, context(unsafe)))).toMatch(
      /2099-01-01 is in the future/,
    );
    expect(text(await results(fieldOf(post, 'updatedAt'), 'error', unsafe.updatedAt, context(unsafe)))).toMatch(
      /earlier than the publication date/,
    );
  });

  it('reviewedBy: the reviewer must have a clinical credential (read from the dataset in the Studio, skipped offline)', async () => {
    const withReviewer = { ...seedDoc(SEED_POST_ID), reviewedBy: { _type: 'reference', _ref: 'author-sam' } };
    const client = (credentials: string[]) =>
      ({ getClient: () => ({ fetch: async () => ({ name: 'Sam Lee', credentials }) }) }) as unknown as Partial<ValidationContext>;
    const field = fieldOf(post, 'reviewedBy');
    expect(text(await results(field, 'error', withReviewer.reviewedBy, context(withReviewer, client(['MBA']))))).toMatch(
      /Sam Lee, MBA has no clinical credential/,
    );
    expect(await results(field, 'error', withReviewer.reviewedBy, context(withReviewer, client(['PMHNP-BC'])))).toEqual([]);
    expect(await results(field, 'error', withReviewer.reviewedBy, context(withReviewer, { environment: 'cli' }))).toEqual([]);
    expect(text(await results(field, 'warning', undefined, context(seedDoc(SEED_POST_ID))))).toMatch(/No clinician is named/);
  });
});

describe('blockContent links', () => {
  it('a refused link is an error on its href, naming the linked words', async () => {
    const annotations = (typeNamed('blockContent').of?.[0] as FieldLike).marks?.annotations ?? [];
    const href = fieldOf(annotations.find((a) => a.name === 'link') as FieldLike, 'href');
    const doc = {
      ...seedDoc(SEED_POST_ID),
      body: [
        block('p1', '', {
          markDefs: [{ _type: 'link', _key: 'l1', href: 'javascript:alert(1)' }],
          children: [{ _type: 'span', _key: 's', text: 'our intake form', marks: ['l1'] }],
        }),
      ],
    };
    const ctx = context(doc, { path: ['body', { _key: 'p1' }, 'markDefs', { _key: 'l1' }, 'href'] });
    expect(await results(href, 'error', 'javascript:alert(1)', ctx)).toEqual([
      expect.stringMatching(/^The link on "our intake form": "javascript:alert\(1\)" is not an allowed link/),
    ]);
    expect(await results(href, 'error', 'https://988lifeline.org', ctx)).toEqual([]);
  });
});

describe('citation', () => {
  const citation = typeNamed('citation');

  it('title: the sentence-case hint is a warning', async () => {
    const doc = { _id: 'c', _type: 'citation', title: 'Ketamine For Depression In Adults' };
    expect(text(await results(fieldOf(citation, 'title'), 'warning', doc.title, context(doc)))).toMatch(
      /sentence case.*Ketamine for depression in adults/,
    );
  });

  it('doi: shape and duplicates are warnings; the duplicate check reads the dataset, and is skipped offline', async () => {
    const doc = { _id: 'drafts.citation-new', _type: 'citation', doi: '10.1016/j.biopsych.2018.08.012' };
    const others = [
      { _id: 'citation-ballard-2019', title: 'Parsing the antidepressant and antisuicidal effects of ketamine', year: 2019 },
      { _id: 'drafts.citation-ballard-2019', title: 'Parsing the antidepressant and antisuicidal effects of ketamine', year: 2019 },
    ];
    const dataset = { getClient: () => ({ fetch: async () => others }) } as unknown as Partial<ValidationContext>;
    // Named by title and year, once for its draft and published versions, never by document id.
    const message = text(await results(fieldOf(citation, 'doi'), 'warning', doc.doi, context(doc, dataset)));
    expect(message).toBe(
      'This DOI is already in the citation "Parsing the antidepressant and antisuicidal effects of ketamine" (2019). Keep one citation and choose it in every post that cites the article.',
    );
    expect(await results(fieldOf(citation, 'doi'), 'warning', doc.doi, context(doc, { environment: 'cli' }))).toEqual([]);
    expect(text(await results(fieldOf(citation, 'doi'), 'warning', 'doi:10.1/x', context(doc, { environment: 'cli' })))).toMatch(
      /bare DOI/,
    );
  });
});

describe('forms in a writer’s order', () => {
  type FieldDef = { name: string; title?: string; group?: string };
  const documents = schemaTypes as unknown as Array<{ name: string; groups?: unknown[]; fields?: FieldDef[] }>;

  it.each(documents.filter((t) => t.groups && t.groups.length > 0).map((t) => [t.name, t] as const))(
    'every field of a %s is in a group a writer sees (none only under "All fields")',
    (_name, type) => {
      expect(type.fields!.filter((f) => !f.group).map((f) => f.name)).toEqual([]);
    },
  );

  it('a citation starts with its DOI, which "Fill from DOI" beside it completes; every field has a title in plain words', () => {
    const citation = documents.find((t) => t.name === 'citation')!;
    expect(citation.fields![0].name).toBe('doi');
    expect(citation.fields!.map((f) => f.title)).toEqual([
      'DOI',
      'Authors',
      'The list names only some authors',
      'Year',
      'Title of the article',
      'Journal',
      'Volume',
      'Issue',
      'Pages',
      'URL (when there is no DOI)',
    ]);
  });
});

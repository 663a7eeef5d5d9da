/**
 * Realistic synthetic datasets for the scaling benchmarks: N posts shaped like the seed article
 * (its body, headings, inline citations and crisis flag), 20 authors, 200 citations, 8 categories
 * and the seed's site settings. Deterministic: the same N gives the same bytes.
 *
 *   node --import tsx bench/synthetic-dataset.ts <N> <out.ndjson>
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RawDocument } from '../lib/content/dataset';

const SEED = path.join(__dirname, '..', 'sanity', 'seed', 'production.ndjson');
export const AUTHORS = 20;
export const CITATIONS = 200;
export const CATEGORIES = 8;

/** mulberry32: a small seeded PRNG, so datasets are reproducible. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = ['Depression', 'Anxiety', 'Trauma and PTSD', 'Sleep', 'Ketamine', 'Family support', 'Safety planning', 'Therapy basics'];
const GIVEN = [
  'Ana',
  'Ben',
  'Chloe',
  'David',
  'Elena',
  'Farid',
  'Grace',
  'Hugo',
  'Imani',
  'Jonas',
  'Keiko',
  'Luis',
  'Maya',
  'Noah',
  'Olga',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tariq',
];
const FAMILY = [
  'Ruiz',
  'Okafor',
  'Nguyen',
  'Schmidt',
  'Haddad',
  'Kowalski',
  'Moreau',
  'Tanaka',
  'Silva',
  'Adeyemi',
  'Larsen',
  'Cohen',
  'Patel',
  'Rossi',
  'Murphy',
  'Ivanova',
  'Dubois',
  'Kim',
  'Novak',
  'Mensah',
];
const CREDENTIALS = [['MD'], ['PhD'], ['PsyD'], ['LCSW'], ['BSN', 'RN'], ['PMHNP-BC'], ['LPC'], ['MD', 'MPH']];
const JOURNALS = [
  'Biological Psychiatry',
  'American Journal of Psychiatry',
  'JAMA Psychiatry',
  'Journal of Affective Disorders',
  'The Lancet Psychiatry',
];
const WORDS =
  'care hope sleep mood family therapy support plan recovery study trial dose week session team clinic patient evidence safety'.split(' ');

export function syntheticDataset(n: number): RawDocument[] {
  const rand = random(n * 7919 + 17);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const seed = readFileSync(SEED, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RawDocument);
  const seedPost = seed.find((d) => d._type === 'post')!;
  const seedCitationIds = seed.filter((d) => d._type === 'citation').map((d) => d._id);
  const settings = seed.find((d) => d._type === 'siteSettings')!;

  const categories: RawDocument[] = TOPICS.slice(0, CATEGORIES).map((title, i) => ({
    _id: `category-${i}`,
    _type: 'category',
    title,
    slug: { _type: 'slug', current: title.toLowerCase().replace(/[^a-z0-9]+/g, '-') },
    description: `Articles about ${title.toLowerCase()} from our clinical team.`,
  }));
  const authors: RawDocument[] = Array.from({ length: AUTHORS }, (_, i) => ({
    _id: `author-${i}`,
    _type: 'author',
    name: `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 7) % FAMILY.length]}`,
    slug: { _type: 'slug', current: `${GIVEN[i % GIVEN.length]}-${FAMILY[(i * 7) % FAMILY.length]}-${i}`.toLowerCase() },
    credentials: CREDENTIALS[i % CREDENTIALS.length],
    jobTitle: i % 2 ? 'Psychiatrist' : 'Clinical therapist',
  }));
  const citations: RawDocument[] = Array.from({ length: CITATIONS }, (_, i) => ({
    _id: `citation-${i}`,
    _type: 'citation',
    authors: Array.from({ length: 1 + (i % 6) }, (_, k) => ({
      _type: 'citationAuthor',
      _key: `a${k}`,
      family: FAMILY[(i + k) % FAMILY.length],
      given: `${GIVEN[(i * 3 + k) % GIVEN.length][0]}.`,
    })),
    year: 1995 + (i % 30),
    title: `A ${pick(['randomized', 'cohort', 'cross-sectional', 'follow-up'])} study of ${pick(WORDS)} and ${pick(WORDS)} in adults (${i})`,
    journal: JOURNALS[i % JOURNALS.length],
    volume: String(10 + (i % 90)),
    issue: String(1 + (i % 12)),
    pages: `${100 + i}–${110 + i}`,
    doi: `10.5555/bench.${1000 + i}`,
  }));

  const posts: RawDocument[] = [];
  const start = Date.UTC(2025, 8, 3, 14);
  for (let i = 0; i < n; i += 1) {
    const chosen = new Set<string>();
    while (chosen.size < seedCitationIds.length) chosen.add(`citation-${Math.floor(rand() * CITATIONS)}`);
    const to = new Map(seedCitationIds.map((id, k) => [id, [...chosen][k]]));
    const body = (JSON.parse(JSON.stringify(seedPost.body)) as Array<Record<string, unknown>>).map((block, b) => {
      const markDefs = (block.markDefs as Array<Record<string, unknown>> | undefined)?.map((def) => {
        const citation = def.citation as { _ref?: string } | undefined;
        return citation?._ref ? { ...def, citation: { ...citation, _ref: to.get(citation._ref) ?? citation._ref } } : def;
      });
      // Each post's text differs a little, as real articles do (first paragraph and every fifth block).
      const children = (block.children as Array<Record<string, unknown>>).map((span, s) =>
        s === 0 && block.style === 'normal' && (b === 0 || b % 5 === 0)
          ? {
              ...span,
              text: `${pick(['For many readers', 'In our clinic', 'In practice', 'For families'])}, ${pick(WORDS)} matters (note ${i}). ${span.text as string}`,
            }
          : span,
      );
      return { ...block, markDefs, children };
    });
    const published = new Date(start - i * 36e5 * 7).toISOString().replace('.000Z', 'Z');
    posts.push({
      ...JSON.parse(JSON.stringify(seedPost)),
      _id: `post-${i}`,
      title: `${seedPost.title as string}: ${pick(['a guide', 'what to expect', 'questions answered', 'the research'])} (${i + 1})`,
      slug: { _type: 'slug', current: `post-${i + 1}-${pick(WORDS)}-${pick(WORDS)}` },
      excerpt: `${seedPost.excerpt as string} Part ${i + 1}.`,
      publishedAt: published,
      ...(i % 3 === 0 ? { updatedAt: new Date(start - i * 36e5 * 7 + 864e5).toISOString().replace('.000Z', 'Z') } : {}),
      category: { _type: 'reference', _ref: `category-${i % CATEGORIES}` },
      author: { _type: 'reference', _ref: `author-${i % AUTHORS}` },
      ...(i % 2 === 0
        ? { reviewedBy: { _type: 'reference', _ref: `author-${(i + 1) % AUTHORS}` }, lastReviewedAt: published.slice(0, 10) }
        : {}),
      citations: [...chosen].map((id, k) => ({ _type: 'reference', _key: `c${k + 1}`, _ref: id })),
      body,
    });
  }
  return [settings, ...categories, ...authors, ...citations, ...posts];
}

export function writeSyntheticDataset(n: number, out: string): { file: string; bytes: number } {
  const text = `${syntheticDataset(n)
    .map((d) => JSON.stringify(d))
    .join('\n')}\n`;
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  writeFileSync(out, text);
  return { file: path.resolve(out), bytes: Buffer.byteLength(text) };
}

if (process.argv[1]?.endsWith('synthetic-dataset.ts')) {
  const n = Number(process.argv[2]);
  const out = process.argv[3];
  if (!Number.isInteger(n) || n < 1 || !out) {
    console.error('usage: node --import tsx bench/synthetic-dataset.ts <N posts> <out.ndjson>');
    process.exit(2);
  }
  const { file, bytes } = writeSyntheticDataset(n, out);
  console.log(`${n} posts, ${AUTHORS} authors, ${CITATIONS} citations: ${file} (${(bytes / 1e6).toFixed(1)} MB)`);
}

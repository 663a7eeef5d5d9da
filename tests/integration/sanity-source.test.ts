/**
 * Contract test of the sanity source: the real @sanity/client (as configured for the site) over HTTP
 * against a local endpoint answering the query API from the NDJSON through groq-js. It must return
 * what the local source returns, for every query, drafts included in the dataset.
 */
import {
  createSiteClient,
  SANITY_GIVE_UP_MS,
  SANITY_MAX_RETRIES,
  SANITY_RETRY_DELAY_MS,
  SANITY_TIMEOUT_MS,
} from '@/lib/content/sanity-client';
import { createLocalSource, createSanitySource } from '@/lib/content/sources';
import { postBySlugQuery, postCardsQuery, postsQuery, siteSettingsQuery } from '@/lib/queries';
import { otherPost, SEED_POST_ID, SEED_SLUG, seedDocuments, writeDataset } from '../fixtures/datasets';
import { startQueryServer, type QueryServer } from '../fixtures/query-server';

const draft = { ...seedDocuments().find((d) => d._id === SEED_POST_ID)!, _id: `drafts.${SEED_POST_ID}`, title: 'Unpublished edit' };
const file = writeDataset([...seedDocuments(), draft, otherPost({ _id: 'drafts.post-new' })]);

let server: QueryServer;
beforeAll(async () => {
  server = await startQueryServer(file);
});
afterAll(() => server.close());

const client = () => createSiteClient({ projectId: 'offline', dataset: 'production', apiVersion: '2025-02-19', apiHost: server.url });

describe('the sanity source against the local query endpoint', () => {
  it.each([
    ['postsQuery', postsQuery, {}],
    ['postCardsQuery', postCardsQuery, {}],
    ['postBySlugQuery', postBySlugQuery, { slug: SEED_SLUG }],
    ['postBySlugQuery (unknown slug)', postBySlugQuery, { slug: 'nope' }],
    ['siteSettingsQuery', siteSettingsQuery, {}],
  ])('%s returns what the local source returns', async (_name, query, params) => {
    const viaHttp = await createSanitySource(client()).query(query, params, ['type:post']);
    const local = await createLocalSource(file).query(query, params, []);
    expect(viaHttp).toEqual(local);
    expect(JSON.stringify(viaHttp)).not.toContain('Unpublished edit');
  });

  it('asks for the published perspective explicitly', async () => {
    server.requests.length = 0;
    await createSanitySource(client()).query(siteSettingsQuery, {}, []);
    expect(server.requests).toEqual([expect.objectContaining({ method: 'GET', perspective: 'published' })]);
  });

  it('the endpoint honours other perspectives and answers POST', async () => {
    const drafts = await client().fetch<string[]>('*[_type == "post"].title', {}, { perspective: 'drafts' });
    expect(drafts).toContain('Unpublished edit');
    const res = await fetch(`${server.url}/v2025-02-19/data/query/production`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '*[_id == $id][0].title', params: { id: 'post-kap-suicidality' } }),
    });
    expect(((await res.json()) as { result: string }).result).toBe('How Ketamine-Assisted Psychotherapy Helps Reduce Suicidality');
  });

  it('client settings follow docs/ARCHITECTURE.md: no CDN, published, bounded to about ten seconds in all', () => {
    const config = client().config() as unknown as Record<string, unknown> & { retryDelay?: (n: number) => number };
    expect(config).toMatchObject({
      useCdn: false,
      perspective: 'published',
      timeout: SANITY_TIMEOUT_MS,
      maxRetries: SANITY_MAX_RETRIES,
      apiVersion: '2025-02-19',
    });
    expect(config.retryDelay?.(1)).toBe(SANITY_RETRY_DELAY_MS);
    expect(SANITY_GIVE_UP_MS).toBeGreaterThanOrEqual(8_000);
    expect(SANITY_GIVE_UP_MS).toBeLessThanOrEqual(10_000);
  });
});

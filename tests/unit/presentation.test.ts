/**
 * The Presentation tool's map between documents and pages: each location is a real route of the
 * site, and each page's main document is found by its filter (run through groq-js on the seed).
 */
import { presentationOptions, presentationResolve, PREVIEW_DISABLE_PATH, PREVIEW_ENABLE_PATH } from '@/sanity/presentation';
import { queryDocuments, type RawDocument } from '@/lib/content/dataset';
import { seedDoc, seedDocuments, SEED_POST_ID } from '../fixtures/datasets';

type Resolver = {
  select: Record<string, string>;
  resolve: (doc: Record<string, unknown> | null) => { locations: Array<{ title: string; href: string }> };
};
const locations = presentationResolve.locations as unknown as Record<string, Resolver>;

describe('Presentation tool', () => {
  it('enables draft mode through the site’s own routes', () => {
    expect(presentationOptions.previewUrl).toEqual({
      initial: '/',
      previewMode: { enable: PREVIEW_ENABLE_PATH, disable: PREVIEW_DISABLE_PATH },
    });
    expect(PREVIEW_ENABLE_PATH).toBe('/api/draft-mode/enable');
  });

  it('locates posts, authors and categories on their pages', () => {
    expect(locations.post.resolve({ title: 'KAP', slug: 'kap' }).locations).toEqual([
      { title: 'KAP', href: '/blog/kap' },
      { title: 'Home', href: '/' },
    ]);
    expect(locations.author.resolve({ name: 'Katie Coon', slug: 'katie-coon' }).locations).toEqual([
      { title: 'Katie Coon', href: '/authors/katie-coon' },
    ]);
    expect(locations.category.resolve({ title: 'Ketamine', slug: 'ketamine' }).locations[0]).toEqual({
      title: 'Ketamine',
      href: '/categories/ketamine',
    });
    // A document without a slug yet has no page of its own.
    expect(locations.post.resolve({ title: 'Draft', slug: null }).locations).toEqual([{ title: 'Home', href: '/' }]);
    expect(locations.author.resolve(null).locations).toEqual([]);
  });

  it('finds the seed article as the main document of its page', async () => {
    const post = seedDoc(SEED_POST_ID) as RawDocument & { slug: { current: string } };
    const resolver = (presentationResolve.mainDocuments ?? []).find((d) => d.route === '/blog/:slug');
    expect(resolver).toBeDefined();
    const docs = seedDocuments();
    const found = await queryDocuments(docs, `*[${resolver!.filter as string}]._id`, { slug: post.slug.current });
    expect(found).toEqual([SEED_POST_ID]);
  });
});

import { defineField, defineType } from 'sanity';
import { PAGE_KIND_TITLES, PAGE_KINDS, type PageKind } from '../../lib/content/schema/page';
import { isUniqueSlug, pageSlugRule } from './rules';
import { languageField } from './language';

/** A trust page (About, policies, Contact): `/<slug>`, linked from the footer of every page by its kind. */
export const pageType = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  fields: [
    languageField,
    defineField({ name: 'title', type: 'string', validation: (rule) => rule.required().max(120) }),
    defineField({
      name: 'kind',
      title: 'What this page is',
      type: 'string',
      description:
        'The footer links to the About, "How we write and review" and Contact pages; search engines are told which page is the editorial policy.',
      options: { list: PAGE_KINDS.map((value) => ({ value, title: PAGE_KIND_TITLES[value] })), layout: 'radio' },
      initialValue: 'other',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description: 'The page is at /<slug>, for example /about. Addresses the site uses itself (blog, authors, locations…) are refused.',
      options: { source: 'title', maxLength: 96, isUnique: isUniqueSlug },
      validation: (rule) => rule.required().custom(pageSlugRule),
    }),
    defineField({
      name: 'description',
      title: 'Summary',
      type: 'text',
      rows: 2,
      description: 'One sentence under the title, also shown by search engines.',
    }),
    defineField({ name: 'body', title: 'Text', type: 'blockContent', validation: (rule) => rule.required().min(1) }),
    defineField({
      name: 'updatedAt',
      title: 'Last updated',
      type: 'date',
      description: 'Shown on the page ("Last updated …"): set it when what the page says changes.',
    }),
  ],
  preview: {
    select: { title: 'title', kind: 'kind', slug: 'slug.current' },
    prepare: ({ title, kind, slug }: { title?: string; kind?: PageKind; slug?: string }) => ({
      title: title || 'Untitled page',
      subtitle: [kind ? PAGE_KIND_TITLES[kind] : undefined, slug ? `/${slug}` : undefined].filter(Boolean).join(' · '),
    }),
  },
});

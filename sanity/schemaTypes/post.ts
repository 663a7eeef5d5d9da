import { defineArrayMember, defineField, defineType } from 'sanity';
import { excerptProblem } from '../../lib/editorial/rules';
import { imageWithAlt } from './imageWithAlt';
import { asRule, isUniqueSlug, slugRule } from './rules';

export const postType = defineType({
  name: 'post',
  title: 'Post',
  type: 'document',
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'meta', title: 'Authors, dates and review' },
    { name: 'sources', title: 'References and safety' },
  ],
  fields: [
    defineField({ name: 'title', type: 'string', group: 'content', validation: (rule) => rule.required().max(120) }),
    defineField({
      name: 'slug',
      type: 'slug',
      group: 'content',
      description: 'The web address: /blog/<slug>. Changing it after publishing breaks links.',
      options: { source: 'title', maxLength: 96, isUnique: isUniqueSlug },
      validation: (rule) => rule.required().custom(slugRule),
    }),
    defineField({
      name: 'excerpt',
      type: 'text',
      rows: 3,
      group: 'content',
      description: 'One or two sentences (50–200 characters): shown under the title and by search engines.',
      validation: (rule) => rule.required().custom(asRule(excerptProblem)),
    }),
    defineField({ name: 'category', type: 'reference', to: [{ type: 'category' }], group: 'content', validation: (rule) => rule.required() }),
    imageWithAlt('mainImage', 'Main image'),
    defineField({ name: 'body', type: 'blockContent', group: 'content', validation: (rule) => rule.required().min(1) }),
    defineField({ name: 'author', type: 'reference', to: [{ type: 'author' }], group: 'meta', validation: (rule) => rule.required() }),
    defineField({ name: 'publishedAt', title: 'Published', type: 'datetime', group: 'meta', validation: (rule) => rule.required() }),
    defineField({
      name: 'updatedAt',
      title: 'Last substantive update',
      type: 'datetime',
      group: 'meta',
      description: 'Set only when the medical content changed, not for typo fixes.',
      validation: (rule) =>
        rule.custom((value: string | undefined, context) => {
          const published = (context.document as { publishedAt?: string } | undefined)?.publishedAt;
          if (value && published && Date.parse(value) < Date.parse(published)) {
            return 'The update cannot be earlier than the publication date.';
          }
          return true;
        }),
    }),
    defineField({
      name: 'reviewedBy',
      title: 'Medically reviewed by',
      type: 'reference',
      to: [{ type: 'author' }],
      group: 'meta',
    }),
    defineField({
      name: 'lastReviewedAt',
      title: 'Last medical review',
      type: 'date',
      group: 'meta',
      validation: (rule) =>
        rule.custom((value: string | undefined, context) => {
          const reviewer = (context.document as { reviewedBy?: unknown } | undefined)?.reviewedBy;
          if (value && !reviewer) return 'Name the reviewer as well as the review date.';
          return true;
        }),
    }),
    defineField({
      name: 'citations',
      title: 'References',
      type: 'array',
      group: 'sources',
      description: 'Listed in this order under "References"; inline citations are numbered from it.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'citation' }] })],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'crisisSupport',
      title: 'Show crisis resources',
      type: 'boolean',
      group: 'sources',
      description: 'Required for any post that discusses suicide or self-harm.',
      initialValue: false,
    }),
  ],
  orderings: [{ title: 'Newest first', name: 'publishedDesc', by: [{ field: 'publishedAt', direction: 'desc' }] }],
  preview: {
    select: { title: 'title', author: 'author.name', date: 'publishedAt', media: 'mainImage' },
    prepare: ({ title, author, date, media }) => ({
      title,
      subtitle: [author, typeof date === 'string' ? date.slice(0, 10) : 'not dated'].filter(Boolean).join(' · '),
      media,
    }),
  },
});

import { defineArrayMember, defineField, defineType } from 'sanity';
import { DEFAULT_TIME_ZONE, publicationLabel } from '../../lib/editorial/dates';
import { needsMedicalReview } from '../../lib/editorial/review';
import { excerptFinding } from '../../lib/editorial/rules';
import { imageWithAlt } from './imageWithAlt';
import {
  asRule,
  documentRule,
  isUniqueSlug,
  postFieldRule,
  previousSlugsRule,
  reviewerCredentialRule,
  slugNotPreviousRule,
  slugRule,
} from './rules';
import { citationMarkerFindings } from '../../lib/editorial/citations';
import { KEY_POINT_MAX_CHARS, KEY_POINTS_MAX } from '../../lib/content/schema/post';
import { languageField } from './language';

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
    { ...languageField, group: 'meta' },
    defineField({
      name: 'title',
      type: 'string',
      group: 'content',
      validation: (rule) => [rule.required().max(120), rule.custom(postFieldRule('title', 'warning')).warning()],
    }),
    defineField({
      name: 'slug',
      type: 'slug',
      group: 'content',
      description: 'The web address: /blog/<slug>. Changed after publishing, the old address keeps working (see "Previous addresses").',
      options: { source: 'title', maxLength: 96, isUnique: isUniqueSlug },
      validation: (rule) => [rule.required().custom(slugRule), rule.custom(slugNotPreviousRule)],
    }),
    defineField({
      name: 'previousSlugs',
      title: 'Previous addresses',
      type: 'array',
      group: 'meta',
      description: 'Earlier slugs of this post: /blog/<old slug> sends readers here. Publishing a changed slug adds the old one.',
      of: [defineArrayMember({ type: 'string' })],
      validation: (rule) => rule.custom(previousSlugsRule),
    }),
    defineField({
      name: 'previousPaths',
      title: 'Addresses on the old website',
      type: 'array',
      group: 'meta',
      description:
        'Where this post was before it moved here (/2025/09/03/post-name/, /?p=123), filled by the import. They send readers here.',
      of: [defineArrayMember({ type: 'string' })],
    }),
    defineField({
      name: 'excerpt',
      type: 'text',
      rows: 3,
      group: 'content',
      description: 'One or two sentences (50–200 characters): shown under the title and by search engines.',
      validation: (rule) => [rule.required().custom(asRule(excerptFinding)), rule.custom(postFieldRule('excerpt', 'warning')).warning()],
    }),
    defineField({
      name: 'category',
      type: 'reference',
      to: [{ type: 'category' }],
      group: 'content',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'keyPoints',
      title: 'Key points',
      type: 'array',
      group: 'content',
      description: `Up to ${KEY_POINTS_MAX} short sentences (${KEY_POINT_MAX_CHARS} characters each at most), shown in a box before the text.`,
      of: [
        defineArrayMember({
          type: 'string',
          validation: (rule) => rule.max(KEY_POINT_MAX_CHARS).error(`Keep each key point to ${KEY_POINT_MAX_CHARS} characters.`),
        }),
      ],
      validation: (rule) => rule.max(KEY_POINTS_MAX).error(`At most ${KEY_POINTS_MAX} key points: choose the ones a reader most needs.`),
    }),
    { ...imageWithAlt('mainImage', 'Main image'), group: 'content' },
    defineField({
      name: 'body',
      type: 'blockContent',
      group: 'content',
      description: 'Aim for grade 8 or lower: the readability score is the badge at the bottom of the editor.',
      // Links are checked on each link (blockContent); here: safe-messaging wording, claims, readability,
      // and inline citations that are not in References (error) or carry a typed number (warning).
      validation: (rule) => [
        rule.required().min(1),
        rule.custom(documentRule(citationMarkerFindings, 'error')),
        rule.custom(postFieldRule('body', 'warning')).warning(),
      ],
    }),
    defineField({ name: 'author', type: 'reference', to: [{ type: 'author' }], group: 'meta', validation: (rule) => rule.required() }),
    defineField({
      name: 'publishedAt',
      title: 'Published',
      type: 'datetime',
      group: 'meta',
      description:
        'A date ahead schedules the post: the site shows it from that moment on (within a minute), with no rebuild. Until then the Content Lake still holds it: see the README, "Scheduling".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'updatedAt',
      title: 'Last substantive update',
      type: 'datetime',
      group: 'meta',
      description: 'Set only when the medical content changed, not for typo fixes.',
      validation: (rule) => rule.custom(postFieldRule('updatedAt', 'error')),
    }),
    defineField({
      name: 'reviewedBy',
      title: 'Medically reviewed by',
      type: 'reference',
      to: [{ type: 'author' }],
      group: 'meta',
      description: 'A clinician other than the author (MD, DO, PMHNP, NP, PhD, PsyD, LCSW, LPC, RN…) who checked the medical content.',
      validation: (rule) => [
        rule.custom(reviewerCredentialRule),
        rule.custom(postFieldRule('reviewedBy', 'error')),
        rule.custom(postFieldRule('reviewedBy', 'warning')).warning(),
      ],
    }),
    defineField({
      name: 'lastReviewedAt',
      title: 'Last medical review',
      type: 'date',
      group: 'meta',
      description: 'Not in the future, not before publication; review again within 12 months.',
      validation: (rule) => [
        rule.custom(postFieldRule('lastReviewedAt', 'error')),
        rule.custom(postFieldRule('lastReviewedAt', 'warning')).warning(),
      ],
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
      validation: (rule) => rule.custom(postFieldRule('crisisSupport', 'error')),
    }),
  ],
  orderings: [{ title: 'Newest first', name: 'publishedDesc', by: [{ field: 'publishedAt', direction: 'desc' }] }],
  preview: {
    select: {
      title: 'title',
      author: 'author.name',
      date: 'publishedAt',
      reviewedBy: 'reviewedBy._ref',
      lastReviewedAt: 'lastReviewedAt',
      media: 'mainImage',
    },
    // Draft or published is shown by the Studio's own status icons; the review status is ours.
    prepare: ({ title, author, date, reviewedBy, lastReviewedAt, media }) => ({
      title: title || 'Untitled article',
      subtitle: [
        author || 'no author',
        publicationLabel(date, DEFAULT_TIME_ZONE),
        needsMedicalReview({ reviewedBy, lastReviewedAt }) ? 'needs medical review' : `reviewed ${lastReviewedAt}`,
      ].join(' · '),
      media,
    }),
  },
});

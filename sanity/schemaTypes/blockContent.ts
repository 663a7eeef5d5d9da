import { defineArrayMember, defineField, defineType } from 'sanity';
import { ANNOTATIONS, BLOCK_STYLES, DECORATORS, LIST_TYPES } from '../../lib/content/schema/block-content';
import { bodyImageMember } from './imageWithAlt';
import { linkHrefRule } from './rules';

/**
 * Article text: paragraphs, h2–h4, quotes, bullet and numbered lists, bold and italic, links through
 * the one link policy, inline numbered citations pointing at the post's reference list, and images
 * with their alt text and caption.
 */
export const blockContentType = defineType({
  name: 'blockContent',
  title: 'Body',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [...BLOCK_STYLES],
      lists: [...LIST_TYPES],
      marks: {
        decorators: [...DECORATORS],
        annotations: [
          defineArrayMember({
            name: ANNOTATIONS.link,
            title: 'Link',
            type: 'object',
            fields: [
              defineField({
                name: 'href',
                title: 'Link',
                type: 'string',
                description: 'https://…, mailto:, tel:, sms:, a site path like /blog/…, or #section',
                validation: (rule) => rule.custom(linkHrefRule),
              }),
            ],
          }),
          defineArrayMember({
            name: ANNOTATIONS.citationRef,
            title: 'Citation',
            type: 'object',
            fields: [
              defineField({
                name: 'citation',
                type: 'reference',
                to: [{ type: 'citation' }],
                description: 'Add the same citation to the post’s References so it gets a number.',
                validation: (rule) => rule.required(),
              }),
              defineField({
                name: 'authorDate',
                title: 'The words name the source',
                type: 'boolean',
                description: 'On for a citation written as "(Short et al., 2018)": the words link to the reference, with no number added.',
                initialValue: false,
              }),
            ],
          }),
        ],
      },
    }),
    bodyImageMember,
  ],
});

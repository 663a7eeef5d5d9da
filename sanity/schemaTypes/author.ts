import { defineArrayMember, defineField, defineType } from 'sanity';
import { imageWithAlt } from './imageWithAlt';
import { asRule, isUniqueSlug, slugRule } from './rules';
import { credentialFinding } from '../../lib/editorial/rules';

export const authorType = defineType({
  name: 'author',
  title: 'Author',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      type: 'string',
      description: 'The name only; credentials go below.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'slug',
      type: 'slug',
      options: { source: 'name', maxLength: 96, isUnique: isUniqueSlug },
      validation: (rule) => rule.required().custom(slugRule),
    }),
    defineField({
      name: 'credentials',
      type: 'array',
      description: 'Shown after the name, in order: one credential per tag, e.g. "BSN" then "RN".',
      of: [
        defineArrayMember({
          type: 'string',
          validation: (rule) => [rule.required().max(40), rule.custom(asRule(credentialFinding)).warning()],
        }),
      ],
      options: { layout: 'tags' },
    }),
    defineField({ name: 'jobTitle', title: 'Job title', type: 'string', description: 'e.g. San Antonio Clinic Manager' }),
    defineField({ name: 'bio', type: 'blockContent' }),
    imageWithAlt('image', 'Photo'),
    defineField({
      name: 'license',
      type: 'object',
      fields: [
        defineField({ name: 'type', type: 'string', description: 'e.g. RN', validation: (rule) => rule.required() }),
        defineField({ name: 'number', type: 'string' }),
        defineField({ name: 'state', type: 'string', description: 'e.g. TX' }),
      ],
    }),
  ],
  preview: {
    select: { title: 'name', credentials: 'credentials', subtitle: 'jobTitle', media: 'image' },
    prepare: ({ title, credentials, subtitle, media }) => ({
      title: [title, ...(Array.isArray(credentials) ? credentials : [])].filter(Boolean).join(', '),
      subtitle,
      media,
    }),
  },
});

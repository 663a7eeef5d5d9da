import { defineArrayMember, defineField, defineType } from 'sanity';
import { phoneProblem } from '../../lib/editorial/clinic';
import { linkFinding } from '../../lib/editorial/rules';
import { imageWithAlt } from './imageWithAlt';
import { STUDIO_LANGUAGES } from '../languages';
import { asRule } from './rules';

/**
 * The settings of each language's pages, one document each: `siteSettings` (English) and
 * `siteSettings-es` (Spanish), opened from the desk, never created or deleted. Crisis resources,
 * disclaimer and the JSON-LD publisher; the Spanish one may leave the clinic's details out (the
 * English ones are used).
 */
export const siteSettingsType = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  fields: [
    defineField({ name: 'language', type: 'string', hidden: true, readOnly: true }),
    defineField({ name: 'title', type: 'string', validation: (rule) => rule.required() }),
    defineField({ name: 'description', type: 'text', rows: 2 }),
    defineField({
      name: 'crisisResources',
      title: 'Crisis resources',
      type: 'object',
      description: 'Shown on every page and on articles about suicide. US: call or text 988; 911 in danger.',
      validation: (rule) => rule.required(),
      fields: [
        defineField({ name: 'heading', type: 'string', validation: (rule) => rule.required() }),
        defineField({ name: 'message', type: 'text', rows: 3, validation: (rule) => rule.required() }),
        defineField({
          name: 'actions',
          type: 'array',
          validation: (rule) => rule.required().min(1),
          of: [
            defineArrayMember({
              type: 'object',
              name: 'crisisAction',
              fields: [
                defineField({ name: 'label', type: 'string', validation: (rule) => rule.required() }),
                defineField({
                  name: 'href',
                  type: 'string',
                  description: 'tel:988, sms:988, or https://…',
                  validation: (rule) => rule.required().custom(asRule(linkFinding)),
                }),
                defineField({
                  name: 'language',
                  title: 'Language of the label',
                  type: 'string',
                  description: 'Set it when the label is in the other language (“En español: envíe AYUDA al 988” on the English settings).',
                  options: { list: STUDIO_LANGUAGES.map((l) => ({ value: l.id, title: l.title })), layout: 'radio' },
                }),
              ],
              preview: { select: { title: 'label', subtitle: 'href' } },
            }),
          ],
        }),
      ],
    }),
    defineField({ name: 'disclaimer', title: 'Medical disclaimer', type: 'text', rows: 4 }),
    defineField({
      name: 'organization',
      type: 'object',
      description: 'The clinic as search engines see it (publisher of every article).',
      fields: [
        defineField({
          name: 'type',
          type: 'string',
          options: { list: ['MedicalClinic', 'Organization'], layout: 'radio' },
          initialValue: 'MedicalClinic',
        }),
        defineField({ name: 'name', type: 'string', validation: (rule) => rule.required() }),
        defineField({ name: 'url', type: 'url' }),
        {
          ...imageWithAlt('logo', 'Logo'),
          description: 'Shown to search engines beside the clinic name. Square, at least 112 px. Without one, the site icon is used.',
        },
        defineField({
          name: 'telephone',
          title: 'Phone',
          type: 'string',
          description: 'As patients should dial it, for example (210) 555-0100. Shown after every article as a call link.',
          validation: (rule) => rule.custom((value: string | undefined) => (value ? (phoneProblem(value) ?? true) : true)),
        }),
        defineField({
          name: 'bookingUrl',
          title: 'Booking address',
          type: 'url',
          description: 'The page of your booking system. Shown after every article, after the crisis resources, as a plain link.',
          validation: (rule) => rule.uri({ scheme: ['https', 'http'] }),
        }),
        defineField({
          name: 'address',
          type: 'object',
          fields: [
            defineField({ name: 'streetAddress', type: 'string' }),
            defineField({ name: 'addressLocality', title: 'City', type: 'string' }),
            defineField({ name: 'addressRegion', title: 'State', type: 'string' }),
            defineField({ name: 'postalCode', type: 'string' }),
          ],
        }),
        defineField({
          name: 'sameAs',
          title: 'The clinic elsewhere',
          description:
            'Addresses of the clinic’s own profiles (Google Business Profile, Facebook, LinkedIn), so search engines know they are the same clinic.',
          type: 'array',
          of: [defineArrayMember({ type: 'url', validation: (rule) => rule.uri({ scheme: ['https', 'http'] }) })],
          validation: (rule) => rule.unique(),
        }),
      ],
    }),
  ],
  preview: { prepare: () => ({ title: 'Site settings' }) },
});

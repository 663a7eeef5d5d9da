import { defineField } from 'sanity';
import { imageAltFinding } from '../../lib/editorial/rules';
import { asRule } from './rules';

/** An image field whose alt text is required as soon as an image is set. */
export function imageWithAlt(name: string, title: string) {
  return defineField({
    name,
    title,
    type: 'image',
    options: { hotspot: true },
    fields: [
      defineField({
        name: 'alt',
        title: 'Alternative text',
        type: 'string',
        description: 'What the image shows, for readers who cannot see it.',
      }),
    ],
    validation: (rule) => rule.custom(asRule(imageAltFinding)),
  });
}

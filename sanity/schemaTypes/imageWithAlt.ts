import { defineArrayMember, defineField } from 'sanity';
import { BODY_IMAGE_TYPE } from '../../lib/content/schema/block-content';
import { imageAltFinding } from '../../lib/editorial/rules';
import { asRule } from './rules';

const altField = defineField({
  name: 'alt',
  title: 'Alternative text',
  type: 'string',
  description: 'What the image shows, for readers who cannot see it.',
});

/** An image field whose alt text is required as soon as an image is set. */
export function imageWithAlt(name: string, title: string) {
  return defineField({
    name,
    title,
    type: 'image',
    options: { hotspot: true },
    fields: [altField],
    validation: (rule) => rule.custom(asRule(imageAltFinding)),
  });
}

/**
 * An image inside an article's text (blockContent's `imageWithAlt` member, content contract v2):
 * alt text required, a caption shown under it.
 */
export const bodyImageMember = defineArrayMember({
  name: BODY_IMAGE_TYPE,
  title: 'Image',
  type: 'image',
  options: { hotspot: true },
  fields: [
    altField,
    defineField({
      name: 'caption',
      title: 'Caption',
      type: 'string',
      description: 'Shown under the image, for every reader. Optional.',
    }),
  ],
  validation: (rule) => rule.custom(asRule(imageAltFinding)),
});

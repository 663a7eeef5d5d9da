import { defineField, defineType } from 'sanity';
import { isUniqueSlug, slugRule } from './rules';
import { languageField } from './language';

export const categoryType = defineType({
  name: 'category',
  title: 'Category',
  type: 'document',
  fields: [
    languageField,
    defineField({ name: 'title', type: 'string', validation: (rule) => rule.required() }),
    defineField({
      name: 'slug',
      type: 'slug',
      options: { source: 'title', maxLength: 96, isUnique: isUniqueSlug },
      validation: (rule) => rule.required().custom(slugRule),
    }),
    defineField({ name: 'description', type: 'text', rows: 3 }),
  ],
});

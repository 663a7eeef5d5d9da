import { defineArrayMember, defineField, defineType } from 'sanity';
import { DAY_NAMES, hoursProblem, phoneProblem, TIME_PATTERN, WEEK_DAYS } from '../../lib/editorial/clinic';
import { isUniqueSlug, slugRule } from './rules';

const time = (name: 'opens' | 'closes', title: string) =>
  defineField({
    name,
    title,
    type: 'string',
    description: '24-hour clock, for example 09:00 or 17:30.',
    validation: (rule) =>
      rule
        .required()
        .custom((value: string | undefined) => (!value || TIME_PATTERN.test(value) ? true : 'Write the time as HH:MM, for example 09:00.')),
  });

/** A clinic location: `/locations/<slug>`, described to search engines as a MedicalClinic. */
export const locationType = defineType({
  name: 'location',
  title: 'Location',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'For example "San Antonio Clinic, Medical Center".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description: 'The page is at /locations/<slug>.',
      options: { source: 'name', maxLength: 96, isUnique: isUniqueSlug },
      validation: (rule) => rule.required().custom(slugRule),
    }),
    defineField({
      name: 'address',
      title: 'Address',
      type: 'object',
      description: 'The full postal address: search engines show a clinic only with all of it.',
      validation: (rule) => rule.required(),
      fields: [
        defineField({ name: 'streetAddress', title: 'Street and suite', type: 'string', validation: (rule) => rule.required() }),
        defineField({ name: 'addressLocality', title: 'City', type: 'string', validation: (rule) => rule.required() }),
        defineField({ name: 'addressRegion', title: 'State', type: 'string', initialValue: 'TX', validation: (rule) => rule.required() }),
        defineField({ name: 'postalCode', title: 'ZIP code', type: 'string', validation: (rule) => rule.required() }),
        defineField({ name: 'addressCountry', title: 'Country', type: 'string', initialValue: 'US' }),
      ],
    }),
    defineField({
      name: 'telephone',
      title: 'Phone',
      type: 'string',
      description: 'As patients should dial it, for example (210) 555-0100.',
      validation: (rule) => rule.custom((value: string | undefined) => (value ? (phoneProblem(value) ?? true) : true)),
    }),
    defineField({
      name: 'openingHours',
      title: 'Opening hours',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'openingHoursSpecification',
          title: 'Hours',
          fields: [
            defineField({
              name: 'days',
              title: 'Days',
              type: 'array',
              of: [{ type: 'string' }],
              options: { list: WEEK_DAYS.map((value) => ({ value, title: DAY_NAMES[value] })), layout: 'grid' },
              validation: (rule) => rule.required().min(1),
            }),
            time('opens', 'Opens'),
            time('closes', 'Closes'),
          ],
          validation: (rule) =>
            rule.custom((value: { opens?: string; closes?: string } | undefined) => {
              // Each time's own field says when it is missing or malformed; here, the pair.
              if (!value?.opens || !value.closes || !TIME_PATTERN.test(value.opens) || !TIME_PATTERN.test(value.closes)) return true;
              const problem = hoursProblem(value);
              return problem ? `It ${problem}.` : true;
            }),
          preview: {
            select: { days: 'days', opens: 'opens', closes: 'closes' },
            prepare: ({ days, opens, closes }: { days?: string[]; opens?: string; closes?: string }) => ({
              title: (days ?? []).join(', ') || 'No days',
              subtitle: `${opens ?? '?'}–${closes ?? '?'}`,
            }),
          },
        }),
      ],
    }),
    defineField({
      name: 'geo',
      title: 'Map position',
      type: 'object',
      description: 'Latitude and longitude, for search engines’ maps. Optional.',
      fields: [
        defineField({ name: 'lat', title: 'Latitude', type: 'number', validation: (rule) => rule.min(-90).max(90) }),
        defineField({ name: 'lng', title: 'Longitude', type: 'number', validation: (rule) => rule.min(-180).max(180) }),
      ],
    }),
    defineField({
      name: 'bookingUrl',
      title: 'Booking address',
      type: 'url',
      description: 'The page of your booking system, shown as a plain link. Leave empty to use the clinic’s (Site settings).',
      validation: (rule) => rule.uri({ scheme: ['https', 'http'] }),
    }),
    defineField({ name: 'acceptingNewPatients', title: 'Accepting new patients', type: 'boolean' }),
    defineField({ name: 'services', title: 'Services', type: 'array', of: [{ type: 'string' }], options: { layout: 'tags' } }),
  ],
  preview: { select: { title: 'name', subtitle: 'address.addressLocality' } },
});

import { defineArrayMember, defineField, defineType } from 'sanity';
import { formatApaAuthors } from '../../lib/editorial/apa';
import { DoiInput } from './DoiInput';
import { citationAuthorsFinding, doiFinding, linkFinding } from '../../lib/editorial/rules';
import { sentenceCaseHint } from '../../lib/editorial/citations';
import { asRule, uniqueDoiRule } from './rules';

const sentenceCaseFinding = (title: string | undefined) => {
  const hint = sentenceCaseHint(title);
  return hint ? { level: 'warning' as const, ...hint } : undefined;
};

export const citationAuthorType = defineType({
  name: 'citationAuthor',
  title: 'Author',
  type: 'object',
  fields: [
    defineField({ name: 'family', title: 'Family name', type: 'string', validation: (rule) => rule.required() }),
    defineField({ name: 'given', title: 'Initials', type: 'string', description: 'As printed, e.g. "E. D."' }),
    defineField({ name: 'suffix', title: 'Suffix', type: 'string', description: 'e.g. Jr.' }),
  ],
  preview: {
    select: { family: 'family', given: 'given' },
    prepare: ({ family, given }) => ({ title: [family, given].filter(Boolean).join(', ') }),
  },
});

export const citationType = defineType({
  name: 'citation',
  title: 'Citation',
  type: 'document',
  fields: [
    defineField({
      name: 'doi',
      title: 'DOI',
      type: 'string',
      description:
        'Start here: paste the DOI (e.g. 10.1176/appi.ajp.20220512, or its https://doi.org/… link), then "Fill from DOI" fills in the rest from Crossref. Check what it filled against the article.',
      components: { input: DoiInput },
      validation: (rule) => [rule.custom(asRule(doiFinding)).warning(), rule.custom(uniqueDoiRule).warning()],
    }),
    defineField({
      name: 'authors',
      title: 'Authors',
      description: 'In the order the article lists them.',
      type: 'array',
      of: [defineArrayMember({ type: 'citationAuthor' })],
      validation: (rule) => rule.required().custom(asRule(citationAuthorsFinding)),
    }),
    defineField({
      name: 'authorsIncomplete',
      title: 'The list names only some authors',
      type: 'boolean',
      description: 'Tick when the source elides authors; the last author listed must be the last author.',
      initialValue: false,
    }),
    defineField({ name: 'year', title: 'Year', type: 'number', validation: (rule) => rule.required().integer().min(1800).max(2100) }),
    defineField({
      name: 'title',
      title: 'Title of the article',
      type: 'string',
      description:
        'As printed, in sentence case: "Parsing the antidepressant and antisuicidal effects of ketamine: Two separate entities?"',
      validation: (rule) => [rule.required(), rule.custom(asRule(sentenceCaseFinding)).warning()],
    }),
    defineField({ name: 'journal', title: 'Journal', type: 'string' }),
    defineField({ name: 'volume', title: 'Volume', type: 'string' }),
    defineField({ name: 'issue', title: 'Issue', type: 'string' }),
    defineField({ name: 'pages', title: 'Pages', type: 'string', description: 'e.g. 420–431 or e35–e37' }),
    defineField({
      name: 'url',
      title: 'URL (when there is no DOI)',
      type: 'url',
      validation: (rule) =>
        rule.uri({ scheme: ['http', 'https'] }).custom((value: string | undefined) => (value ? asRule(linkFinding)(value) : true)),
    }),
  ],
  preview: {
    select: { authors: 'authors', incomplete: 'authorsIncomplete', year: 'year', title: 'title' },
    prepare: ({ authors, incomplete, year, title }) => ({
      title,
      subtitle: `${formatApaAuthors(Array.isArray(authors) ? authors : [], incomplete === true)} (${year ?? 'n.d.'})`,
    }),
  },
});

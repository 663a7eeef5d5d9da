/** A reference in APA 7: a post lists its citations and numbers them in the order they are listed. */
import { z } from 'zod';
import { normalizeDoi } from '../../editorial/doi';
import { absentAsUndefined, documentId, httpUrl, optionalText, text, textOrNumber } from './fields';

const citationAuthorSchema = z.object({
  family: text,
  given: optionalText,
  suffix: optionalText,
});

export const citationSchema = z.object({
  _id: documentId,
  authors: z.array(citationAuthorSchema, { error: 'must list the authors' }).min(1, { error: 'must name at least one author' }),
  authorsIncomplete: z
    .boolean()
    .nullish()
    .transform((v) => v === true),
  year: z.number({ error: 'must be a year' }).int().min(1000).max(3000),
  title: text,
  journal: optionalText,
  volume: textOrNumber,
  issue: textOrNumber,
  pages: textOrNumber,
  doi: optionalText.transform((v) => (v ? normalizeDoi(v) : undefined)),
  url: absentAsUndefined(httpUrl),
});
export type Citation = z.infer<typeof citationSchema>;

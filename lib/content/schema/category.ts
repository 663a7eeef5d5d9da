/** A category: its page lists its posts; every post belongs to exactly one. */
import { z } from 'zod';
import { documentId, language, optionalText, slug, text, zodFindings, type Parsed } from './fields';

export const categorySchema = z.object({
  _id: documentId,
  title: text,
  slug,
  description: optionalText,
  language,
});
export type Category = z.infer<typeof categorySchema>;

/** A category as categoriesQuery and the post queries project it (slug.current as "slug"). */
export function parseCategory(value: unknown, path: readonly (string | number)[] = []): Parsed<Category> {
  const parsed = categorySchema.safeParse(value);
  return parsed.success
    ? { ok: true, value: parsed.data, findings: [] }
    : { ok: false, findings: zodFindings(parsed.error, path, 'error') };
}

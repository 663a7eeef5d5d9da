/**
 * An author or medical reviewer. The name and slug decide whether the person is shown; credentials,
 * license, portrait and bio that fail are dropped one by one.
 */
import { z } from 'zod';
import type { Finding, FindingLevel, PathSegment } from '../../editorial/findings';
import { splitCredential } from '../../editorial/people';
import {
  documentId,
  imageSchema,
  isAbsent,
  missingReference,
  optionalPart,
  optionalText,
  readable,
  slug,
  text,
  zodFindings,
  type Parsed,
} from './fields';
import { bodyNodeSchema, parseBody } from './portable-text';

const credentialSchema = readable().trim().min(1).max(40);
const licenseSchema = z.object({
  type: text,
  number: optionalText,
  state: optionalText,
});
const authorCoreSchema = z.object({
  _id: documentId,
  name: text,
  slug,
});

export const authorSchema = authorCoreSchema.extend({
  credentials: z.array(credentialSchema),
  jobTitle: optionalText.optional(),
  license: licenseSchema.optional(),
  image: imageSchema.optional(),
  bio: z.array(bodyNodeSchema).optional(),
});
export type Author = z.infer<typeof authorSchema>;

/**
 * An author where a document reads one (a post's author or reviewer, or the author page). `level`:
 * an author is required (error); a reviewer who fails is dropped (warning).
 */
export function parseAuthor(
  value: unknown,
  path: readonly PathSegment[],
  findings: Finding[],
  level: FindingLevel = 'error',
): Author | undefined {
  if (isAbsent(value)) {
    findings.push({ ...missingReference(path), level });
    return undefined;
  }
  const core = authorCoreSchema.safeParse(value);
  if (!core.success) {
    findings.push(...zodFindings(core.error, path, level));
    return undefined;
  }
  const raw = value as Record<string, unknown>;
  const credentials = Array.isArray(raw.credentials)
    ? raw.credentials.flatMap((c, i) => {
        const parsed = optionalPart(credentialSchema, c, [...path, 'credentials', i], findings);
        // "BSN, RN" typed as one tag is two credentials (the Studio warns with the fix).
        return parsed ? splitCredential(parsed) : [];
      })
    : (optionalPart(z.array(credentialSchema), raw.credentials, [...path, 'credentials'], findings) ?? []);
  const bio = Array.isArray(raw.bio) ? parseBody(raw.bio, [...path, 'bio'], findings) : undefined;
  return {
    ...core.data,
    credentials,
    jobTitle: optionalPart(optionalText, raw.jobTitle, [...path, 'jobTitle'], findings),
    license: optionalPart(licenseSchema, raw.license, [...path, 'license'], findings),
    image: optionalPart(imageSchema, raw.image, [...path, 'image'], findings),
    bio: bio && bio.length > 0 ? bio : undefined,
  };
}

/** An author document on its own (authorsQuery). */
export function parseAuthorDocument(value: unknown): Parsed<Author> {
  const findings: Finding[] = [];
  const author = parseAuthor(value, [], findings);
  return author ? { ok: true, value: author, findings } : { ok: false, findings };
}

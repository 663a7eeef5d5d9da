/**
 * The shape every editorial rule reports in: the Studio turns findings into validation markers,
 * `content:check` prints them, tests read them. Errors block publishing; warnings inform.
 */

export type FindingLevel = 'error' | 'warning';

/** A step into a document, as Sanity writes paths: a field name, an array index or an item's _key. */
export type PathSegment = string | number | { _key: string };

export interface Finding {
  level: FindingLevel;
  /** From the document root, e.g. ['body', { _key: 'b001' }]. */
  path: PathSegment[];
  /** What is wrong, in words a clinician understands. */
  message: string;
  /** What to write or do instead, when there is one. */
  suggestion?: string;
}

/** A finding about one field's value, before the caller places it at the field's path. */
export type FieldFinding = Omit<Finding, 'path'>;

/** `body[_key=="b001"].markDefs[_key=="l1"].href`, Sanity's own notation; '(document)' for the root. */
export function formatPath(path: readonly PathSegment[]): string {
  const text = path.reduce<string>((acc, segment) => {
    if (typeof segment === 'number') return `${acc}[${segment}]`;
    if (typeof segment === 'object') return `${acc}[_key=="${segment._key}"]`;
    return acc ? `${acc}.${segment}` : segment;
  }, '');
  return text || '(document)';
}

/** An array item's path segment: its _key when it has one (stable while editing), else its index. */
export function itemSegment(item: unknown, index: number): PathSegment {
  const key = (item as { _key?: unknown } | null)?._key;
  return typeof key === 'string' && key !== '' ? { _key: key } : index;
}

/** The one-line text an editor reads in the Studio: the message, then the suggestion. */
export function findingText(finding: Pick<Finding, 'message' | 'suggestion'>): string {
  return finding.suggestion ? `${finding.message} Suggestion: ${finding.suggestion}` : finding.message;
}

/**
 * Every editorial rule of one document, by type: what the Studio checks field by field, gathered for
 * `content:check` and tests. Cross-document checks (references, duplicates) need the whole dataset and
 * live with content:check.
 */
import { citationFindings, citationMarkerFindings } from './citations';
import { claimFindings } from './claims';
import type { FieldFinding, Finding, PathSegment } from './findings';
import { itemSegment } from './findings';
import { describeHrefProblem } from './href';
import { linkFindings } from './links';
import { languageOfDocument } from '../i18n/languages';
import { readabilityFindings } from './readability';
import { reviewDateFindings, reviewDueFinding, reviewerFinding, selfReviewFinding, type ReviewerLike, type ReviewOptions } from './review';
import { credentialFinding, excerptFinding, imageAltFinding, slugFinding } from './rules';
import { safeMessagingFindings } from './safe-messaging';

export interface DocumentLike {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

export interface CheckOptions extends ReviewOptions {
  /** The author document a post's `reviewedBy` points to, when it exists. */
  reviewer?: ReviewerLike | null;
}

const slugValue = (slug: unknown) => (slug as { current?: unknown } | null | undefined)?.current;

function required(doc: DocumentLike, field: string, message: string): Finding[] {
  const value = doc[field];
  const missing = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  return missing ? [{ level: 'error', path: [field], message }] : [];
}

/** A field rule's finding placed at its path. */
const at = (path: PathSegment[], finding: FieldFinding | undefined): Finding[] => (finding ? [{ ...finding, path }] : []);

function slugFindings(doc: DocumentLike): Finding[] {
  return at(['slug'], slugFinding(slugValue(doc.slug)));
}

function imageFindings(doc: DocumentLike, field: string): Finding[] {
  return at([field, 'alt'], imageAltFinding(doc[field] as { asset?: unknown; alt?: unknown } | undefined));
}

export function postFindings(post: DocumentLike, options: CheckOptions = {}): Finding[] {
  const reviewer = post.reviewedBy ? reviewerFinding(options.reviewer ?? undefined) : undefined;
  const due = reviewDueFinding(post, options);
  const selfReview = selfReviewFinding(post);
  return [
    ...required(post, 'title', 'The article has no title.'),
    ...slugFindings(post),
    ...at(['excerpt'], excerptFinding(post.excerpt)),
    ...imageFindings(post, 'mainImage'),
    ...safeMessagingFindings(post),
    ...claimFindings(post),
    ...readabilityFindings(post.body, languageOfDocument(post)),
    ...linkFindings(post.body, ['body']),
    ...citationMarkerFindings(post),
    ...(reviewer ? [reviewer] : []),
    ...(selfReview ? [selfReview] : []),
    ...reviewDateFindings(post, options),
    ...(due ? [due] : []),
  ];
}

function authorFindings(author: DocumentLike): Finding[] {
  return [
    ...required(author, 'name', 'The author has no name.'),
    ...slugFindings(author),
    ...imageFindings(author, 'image'),
    ...(Array.isArray(author.credentials)
      ? author.credentials.flatMap((tag, i) => at(['credentials', itemSegment(tag, i)], credentialFinding(tag)))
      : []),
    ...linkFindings(author.bio, ['bio']),
  ];
}

function categoryFindings(category: DocumentLike): Finding[] {
  return [...required(category, 'title', 'The category has no title.'), ...slugFindings(category)];
}

function siteSettingsFindings(settings: DocumentLike): Finding[] {
  const crisis = settings.crisisResources as { actions?: unknown } | undefined;
  const actions = Array.isArray(crisis?.actions) ? crisis.actions : [];
  return actions.flatMap((action, index): Finding[] => {
    const href = (action as { href?: unknown } | null)?.href;
    const label = (action as { label?: unknown } | null)?.label;
    const problem = describeHrefProblem(href);
    if (!problem) return [];
    const path: PathSegment[] = ['crisisResources', 'actions', itemSegment(action, index), 'href'];
    return [
      {
        level: 'error',
        path,
        message: `The crisis action "${typeof label === 'string' ? label : index + 1}": ${problem}`,
        suggestion: 'Use tel:988, sms:988 or an https:// page.',
      },
    ];
  });
}

/** The rules of one document, chosen by its type; other types have none. */
export function documentFindings(doc: DocumentLike, options: CheckOptions = {}): Finding[] {
  switch (doc._type) {
    case 'post':
      return postFindings(doc, options);
    case 'author':
      return authorFindings(doc);
    case 'category':
      return categoryFindings(doc);
    case 'citation':
      return citationFindings(doc);
    case 'siteSettings':
      return siteSettingsFindings(doc);
    default:
      return [];
  }
}

/**
 * Portable Text (the blockContent type) as the site renders it: text blocks with the styles, lists,
 * decorators and annotations the Studio offers. Anything else in a body is dropped with a finding;
 * the text of a block always survives its unknown marks.
 */
import { z } from 'zod';
import type { Finding, PathSegment } from '../../editorial/findings';
import {
  BLOCK_STYLES as STYLE_DEFINITIONS,
  DECORATORS as DECORATOR_DEFINITIONS,
  LIST_TYPES as LIST_DEFINITIONS,
  type BlockStyle,
  type Decorator,
  type ListType,
} from './block-content';
import { imageSchema, optionalPart, optionalText, readable, safeHref, zodFindings } from './fields';

const BLOCK_STYLES = STYLE_DEFINITIONS.map((s) => s.value) as [BlockStyle, ...BlockStyle[]];
const LIST_TYPES = LIST_DEFINITIONS.map((l) => l.value) as [ListType, ...ListType[]];
const DECORATORS = DECORATOR_DEFINITIONS.map((d) => d.value) as [Decorator, ...Decorator[]];

/** A clean block, as parseBlocks returns it. */
const spanSchema = z.object({ _type: z.literal('span'), _key: z.string(), text: z.string(), marks: z.array(z.string()) });
const linkSchema = z.object({ _type: z.literal('link'), _key: z.string().min(1), href: safeHref });
const citationRefSchema = z.object({
  _type: z.literal('citationRef'),
  _key: z.string(),
  citationId: z.string().optional(),
  /** The cited words name the source ("Short et al., 2018"): they link to it, with no number added. */
  authorDate: z.boolean().optional(),
});
export const blockSchema = z.object({
  _type: z.literal('block'),
  _key: z.string(),
  style: z.enum(BLOCK_STYLES),
  listItem: z.enum(LIST_TYPES).optional(),
  level: z.number().int().optional(),
  children: z.array(spanSchema),
  markDefs: z.array(z.discriminatedUnion('_type', [linkSchema, citationRefSchema])),
});
export type SpanValue = z.infer<typeof spanSchema>;
type MarkDefValue = z.infer<typeof blockSchema>['markDefs'][number];
export type PortableTextBlockValue = z.infer<typeof blockSchema>;

// What a stored block may look like before it is cleaned.
const storedSpan = z.object({
  _type: z.literal('span'),
  _key: z.string().optional(),
  text: readable(),
  marks: z.array(z.unknown()).nullish(),
});
const storedBlock = z.object({
  _type: z.literal('block'),
  _key: z.string().optional(),
  style: z.string().nullish(),
  listItem: z.string().nullish(),
  level: z.unknown().optional(),
  children: z.array(z.unknown()),
  markDefs: z.array(z.unknown()).nullish(),
});
const storedMarkDef = z.object({ _type: z.string(), _key: z.string().min(1) });
const storedCitationRef = z.object({
  _type: z.literal('citationRef'),
  _key: z.string().min(1),
  citation: z.object({ _id: z.string() }).nullish(),
  authorDate: z.unknown().optional(),
});

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value);

/** A list nesting level; anything but a small positive integer reads as the top level. */
function listLevel(level: unknown): number {
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 10 ? level : 1;
}

function parseMarkDefs(raw: readonly unknown[], blockPath: PathSegment[], findings: Finding[]): MarkDefValue[] {
  const markDefs: MarkDefValue[] = [];
  raw.forEach((rawDef, defIndex) => {
    const defPath = [...blockPath, 'markDefs', defIndex];
    const shape = storedMarkDef.safeParse(rawDef);
    if (!shape.success) {
      findings.push(...zodFindings(shape.error, defPath, 'warning').slice(0, 1));
      return;
    }
    const { _type, _key } = shape.data;
    // A key named like a decorator would take over the emphasis; a repeated key is ambiguous.
    if (isOneOf(DECORATORS, _key) || markDefs.some((d) => d._key === _key)) {
      findings.push({
        level: 'warning',
        path: [...defPath, '_key'],
        message: `"${_key}" cannot be an annotation key here; the annotation was left out`,
      });
      return;
    }
    if (_type === 'link') {
      const link = linkSchema.safeParse(rawDef);
      if (link.success) markDefs.push({ _type: 'link', _key: link.data._key, href: link.data.href });
      else findings.push(...zodFindings(link.error, defPath, 'warning'));
    } else if (_type === 'citationRef') {
      const ref = storedCitationRef.safeParse(rawDef);
      if (ref.success) {
        markDefs.push({
          _type: 'citationRef',
          _key: ref.data._key,
          citationId: ref.data.citation?._id,
          ...(ref.data.authorDate === true ? { authorDate: true } : {}),
        });
      } else findings.push(...zodFindings(ref.error, defPath, 'warning'));
    } else {
      findings.push({ level: 'warning', path: defPath, message: `annotation "${_type}" is not supported and was left out` });
    }
  });
  return markDefs;
}

/** Clean a Portable Text array: unknown or malformed parts are dropped with a warning each. */
export function parseBlocks(value: readonly unknown[], path: readonly PathSegment[], findings: Finding[]): PortableTextBlockValue[] {
  const blocks: PortableTextBlockValue[] = [];
  value.forEach((rawBlock, index) => {
    const block = parseTextBlock(rawBlock, index, path, findings);
    if (block) blocks.push(block);
  });
  return blocks;
}

/** An image inside an article (blockContent's `imageWithAlt` member): alt text required, a caption optional. */
export const bodyImageSchema = imageSchema.extend({
  _type: z.literal('imageWithAlt'),
  _key: z.string(),
  caption: z.string().optional(),
});
export type BodyImageValue = z.infer<typeof bodyImageSchema>;
/** What an article's or a page's body holds: text blocks and images. */
export type BodyNode = PortableTextBlockValue | BodyImageValue;
export const bodyNodeSchema = z.union([blockSchema, bodyImageSchema]);

const storedBodyImage = z.object({ _type: z.literal('imageWithAlt'), _key: z.string().optional(), caption: z.unknown().optional() });

/**
 * An article's or a page's body: text blocks as parseBlocks cleans them, and images in place. An
 * image without its file or its alt text is left out with a warning (the Studio requires both); a
 * caption that is not text is dropped alone.
 */
export function parseBody(value: readonly unknown[], path: readonly PathSegment[], findings: Finding[]): BodyNode[] {
  const nodes: BodyNode[] = [];
  value.forEach((raw, index) => {
    const image = storedBodyImage.safeParse(raw);
    if (!image.success) {
      const block = parseTextBlock(raw, index, path, findings);
      if (block) nodes.push(block);
      return;
    }
    const at = [...path, index];
    const picture = imageSchema.safeParse(raw);
    if (!picture.success) {
      findings.push(
        ...zodFindings(picture.error, at, 'warning')
          .slice(0, 1)
          .map((f) => ({ ...f, message: `${f.message}; the image was left out` })),
      );
      return;
    }
    const caption = optionalPart(optionalText, image.data.caption, [...at, 'caption'], findings);
    nodes.push({ ...picture.data, _type: 'imageWithAlt', _key: image.data._key ?? `image-${index}`, ...(caption ? { caption } : {}) });
  });
  return nodes;
}

export const isTextBlock = (node: BodyNode): node is PortableTextBlockValue => node._type === 'block';

function parseTextBlock(
  rawBlock: unknown,
  index: number,
  path: readonly PathSegment[],
  findings: Finding[],
): PortableTextBlockValue | undefined {
  const blockPath = [...path, index];
  const block = storedBlock.safeParse(rawBlock);
  if (!block.success) {
    const type = (rawBlock as { _type?: unknown } | null)?._type;
    if (typeof type === 'string' && type !== 'block') {
      findings.push({ level: 'warning', path: blockPath, message: `"${type}" blocks are not supported and were left out` });
    } else {
      findings.push(...zodFindings(block.error, blockPath, 'warning'));
    }
    return undefined;
  }
  const b = block.data;
  let style: PortableTextBlockValue['style'] = 'normal';
  if (isOneOf(BLOCK_STYLES, b.style)) {
    style = b.style;
  } else if (b.style) {
    // An h1 in the body would compete with the title; other unknown styles read as paragraphs.
    style = b.style === 'h1' ? 'h2' : 'normal';
    findings.push({ level: 'warning', path: [...blockPath, 'style'], message: `style "${b.style}" is not supported; shown as ${style}` });
  }
  let listItem: PortableTextBlockValue['listItem'];
  if (isOneOf(LIST_TYPES, b.listItem)) {
    listItem = b.listItem;
  } else if (b.listItem) {
    findings.push({
      level: 'warning',
      path: [...blockPath, 'listItem'],
      message: `list type "${b.listItem}" is not supported; shown as a paragraph`,
    });
  }

  const markDefs = parseMarkDefs(b.markDefs ?? [], blockPath, findings);
  const markKeys = new Set(markDefs.map((d) => d._key));

  const children: SpanValue[] = [];
  b.children.forEach((rawChild, childIndex) => {
    const span = storedSpan.safeParse(rawChild);
    if (!span.success) {
      findings.push({ level: 'warning', path: [...blockPath, 'children', childIndex], message: 'is not a text span and was left out' });
      return;
    }
    // Unknown or malformed marks are dropped; the text always stays.
    const marks = (span.data.marks ?? []).filter(
      (mark): mark is string => typeof mark === 'string' && (isOneOf(DECORATORS, mark) || markKeys.has(mark)),
    );
    children.push({ _type: 'span', _key: span.data._key ?? `${index}-${childIndex}`, text: span.data.text, marks });
  });
  if (!children.some((c) => c.text.trim() !== '')) return undefined;
  return {
    _type: 'block',
    _key: b._key ?? `block-${index}`,
    style,
    ...(listItem ? { listItem, level: listLevel(b.level) } : {}),
    children,
    markDefs,
  };
}

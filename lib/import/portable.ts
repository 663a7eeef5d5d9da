/** A Portable Text node as the import writes it, and a text block's text. */
export type PortableNode = { _type: string; _key: string; [field: string]: unknown };

export function textOf(node: PortableNode): string {
  if (node._type !== 'block' || !Array.isArray(node.children)) return '';
  return (node.children as Array<{ text?: unknown }>).map((c) => (typeof c.text === 'string' ? c.text : '')).join('');
}

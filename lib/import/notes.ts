/** What an import could not map, said where it is: the report lists every one (nothing is dropped silently). */
export interface ImportNote {
  level: 'error' | 'warning';
  /** The post it concerns (its title), or the file. */
  where: string;
  message: string;
  /** What the source said, shortened. */
  snippet?: string;
}

/** A source excerpt for a note, at most `max` characters. */
export const snippet = (text: string, max = 120) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
};

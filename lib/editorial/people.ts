/** "Katie Coon, BSN, RN": the name, then each credential in the order the author gave. */
export function formatAuthorName(author: { name: string; credentials?: readonly string[] }): string {
  const credentials = (author.credentials ?? []).map((c) => c.trim()).filter(Boolean);
  return [author.name.trim(), ...credentials].join(', ');
}

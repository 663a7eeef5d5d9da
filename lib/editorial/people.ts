/** "Katie Coon, BSN, RN": the name, then each credential in the order the author gave. */
export function formatAuthorName(author: { name: string; credentials?: readonly string[] }): string {
  const credentials = (author.credentials ?? []).map((c) => c.trim()).filter(Boolean);
  return [author.name.trim(), ...credentials].join(', ');
}

/** "Licensed RN, TX, license no. 123456": what a patient can check with the state board. */
export function formatLicense(license: { type: string; number?: string; state?: string }): string {
  const parts = [`Licensed ${license.type.trim()}`];
  if (license.state?.trim()) parts.push(license.state.trim());
  if (license.number?.trim()) parts.push(`license no. ${license.number.trim()}`);
  return parts.join(', ');
}

'use client';
import { useCallback, useState } from 'react';
import { useDocumentOperation } from 'sanity';
import { lookupDoi } from '../../lib/editorial/crossref';

/**
 * "Fill from DOI", for the document menu's action and the button beside the DOI field alike: looks
 * the DOI up at Crossref (lib/editorial/crossref.ts), sets the authors, year, title, journal, volume,
 * issue and pages on the citation, and keeps what Crossref's answer said, to show. Offline, or for a
 * DOI Crossref does not know, it says so and changes nothing.
 */
export function useDoiFill(publishedId: string, doi: string) {
  const { patch } = useDocumentOperation(publishedId, 'citation');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const fill = useCallback(async () => {
    setBusy(true);
    const result = await lookupDoi(doi);
    if (result.ok) patch.execute([{ set: result.fields }]);
    setMessage(result.message);
    setBusy(false);
  }, [doi, patch]);
  return { fill, busy, message, clearMessage: () => setMessage(null), disabled: Boolean(patch.disabled) };
}

'use client';
import { useCallback, useState } from 'react';
import { useDocumentOperation, type DocumentActionComponent } from 'sanity';
import { lookupDoi } from '../../lib/editorial/crossref';

/**
 * "Fill from DOI" on a citation: authors, year, title, journal, volume, issue and pages from Crossref.
 * Offline, or for a DOI Crossref does not know, it says so and changes nothing.
 */
export const DoiLookupAction: DocumentActionComponent = (props) => {
  const { id, type, draft, published } = props;
  const { patch } = useDocumentOperation(id, type);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const current = (draft ?? published) as { doi?: unknown } | null;
  const doi = typeof current?.doi === 'string' ? current.doi.trim() : '';

  const fill = useCallback(async () => {
    setBusy(true);
    const result = await lookupDoi(doi);
    if (result.ok) patch.execute([{ set: result.fields }]);
    setMessage(result.message);
    setBusy(false);
  }, [doi, patch]);

  return {
    label: busy ? 'Looking up the DOI…' : 'Fill from DOI',
    title: doi
      ? 'Fill authors, year, title, journal, volume, issue and pages from Crossref'
      : 'Enter the DOI first, then fill the rest from Crossref',
    disabled: busy || doi === '' || Boolean(patch.disabled),
    onHandle: () => void fill(),
    dialog: message ? { type: 'dialog', header: 'DOI lookup', content: message, onClose: () => setMessage(null) } : null,
  };
};

'use client';
import type { DocumentActionComponent } from 'sanity';
import { useDoiFill } from './useDoiFill';

/**
 * "Fill from DOI" in a citation's document menu (the same lookup as the button beside the DOI field,
 * sanity/actions/useDoiFill.ts).
 */
export const DoiLookupAction: DocumentActionComponent = (props) => {
  const { id, draft, published } = props;
  const current = (draft ?? published) as { doi?: unknown } | null;
  const doi = typeof current?.doi === 'string' ? current.doi.trim() : '';
  const { fill, busy, message, clearMessage, disabled } = useDoiFill(id, doi);

  return {
    label: busy ? 'Looking up the DOI…' : 'Fill from DOI',
    title: doi
      ? 'Fill authors, year, title, journal, volume, issue and pages from Crossref'
      : 'Enter the DOI first, then fill the rest from Crossref',
    disabled: busy || doi === '' || disabled,
    onHandle: () => void fill(),
    dialog: message ? { type: 'dialog', header: 'DOI lookup', content: message, onClose: clearMessage } : null,
  };
};

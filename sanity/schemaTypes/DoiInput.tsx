'use client';
import { useCallback, type FocusEvent } from 'react';
import { Box, Button, Flex, Stack, Text } from '@sanity/ui';
import { set, unset, useFormValue, type StringInputProps } from 'sanity';
import { useDoiFill } from '../actions/useDoiFill';
import { normalizeDoi } from '../../lib/editorial/doi';

/**
 * The DOI field, first in a citation: it stores the bare DOI (whatever the editor pasted,
 * "https://doi.org/…", "doi: …", a trailing period, is normalised when they leave the field), and
 * "Fill from DOI" beside it fills the authors, year, title, journal, volume, issue and pages from
 * Crossref (sanity/actions/useDoiFill.ts, as the document menu's action does). Offline, or for a DOI
 * Crossref does not know, it says so under the field and changes nothing.
 */
export function DoiInput(props: StringInputProps) {
  const { value, onChange, elementProps } = props;
  const { onBlur } = elementProps;
  const id = useFormValue(['_id']) as string | undefined;
  const doi = typeof value === 'string' ? value.trim() : '';
  const { fill, busy, message, disabled } = useDoiFill((id ?? '').replace(/^drafts\./, ''), doi);

  const handleBlur = useCallback(
    (event: FocusEvent<HTMLInputElement>) => {
      if (typeof value === 'string') {
        const bare = normalizeDoi(value);
        if (bare !== value) onChange(bare ? set(bare) : unset());
      }
      onBlur(event);
    },
    [value, onChange, onBlur],
  );

  return (
    <Stack gap={2}>
      <Flex gap={2} align="center">
        <Box flex={1}>{props.renderDefault({ ...props, elementProps: { ...elementProps, onBlur: handleBlur } })}</Box>
        <Button
          mode="ghost"
          text={busy ? 'Looking up…' : 'Fill from DOI'}
          title="Fill authors, year, title, journal, volume, issue and pages from Crossref"
          disabled={busy || doi === '' || !id || disabled}
          onClick={() => void fill()}
        />
      </Flex>
      {message ? (
        <Text size={1} muted role="status">
          {message}
        </Text>
      ) : null}
    </Stack>
  );
}

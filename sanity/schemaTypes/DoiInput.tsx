'use client';
import { useCallback, type FocusEvent } from 'react';
import { set, unset, type StringInputProps } from 'sanity';
import { normalizeDoi } from '../../lib/editorial/doi';

/**
 * The DOI field stores the bare DOI: whatever the editor pasted ("https://doi.org/…", "doi: …", a
 * trailing period) is normalised when they leave the field, not while they type.
 */
export function DoiInput(props: StringInputProps) {
  const { value, onChange, elementProps } = props;
  const { onBlur } = elementProps;
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
  return props.renderDefault({ ...props, elementProps: { ...elementProps, onBlur: handleBlur } });
}

/** A fieldset's legend as a small heading: it names the group, so it does not turn blue on focus. */
export const legendSx = {
  color: 'text.primary',
  fontWeight: 600,
  '&.Mui-focused': { color: 'text.primary' },
} as const;

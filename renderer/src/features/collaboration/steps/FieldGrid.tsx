import type { ReactNode } from 'react';
import Box from '@mui/material/Box';

/** A six-column grid for form fields: children set their span with gridColumn. */
export function FieldGrid({ children }: { children: ReactNode }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: 'repeat(6, minmax(0, 1fr))',
        columnGap: 2,
        rowGap: 2.5,
        maxWidth: 880,
      }}
    >
      {children}
    </Box>
  );
}

export const span = (n: number) => ({ gridColumn: `span ${n}` });

import type { ReactNode } from 'react';
import Box from '@mui/material/Box';

export interface Detail {
  label: string;
  value: ReactNode;
}

/** Label/value pairs as a real description list, aligned in two columns. */
export function DetailList({ items, labelWidth }: { items: Detail[]; labelWidth?: number }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: `${labelWidth ? `${labelWidth}px` : 'minmax(120px, max-content)'} minmax(0, 1fr)`,
        columnGap: 3,
        rowGap: 1.25,
        m: 0,
      }}
    >
      {items.map((item, index) => (
        <Box key={`${index}:${item.label}`} sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ color: 'text.secondary', typography: 'body2', pt: '1px' }}>
            {item.label}
          </Box>
          <Box component="dd" sx={{ m: 0, typography: 'body1', overflowWrap: 'anywhere' }}>
            {item.value}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

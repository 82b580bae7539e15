import type { ReactNode } from 'react';
import Box from '@mui/material/Box';

/** A bordered block: a switch that turns a rule on, and the rule's own fields below it. */
export function OptionGroup({ head, children }: { head: ReactNode; children?: ReactNode }) {
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 2, py: 1.5 }}>
      {head}
      {children && (
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))',
            gap: 2,
            mt: 1.5,
            pl: { sm: 6.5 },
          }}
        >
          {children}
        </Box>
      )}
    </Box>
  );
}

/** A section's option groups, one under the other. */
export function OptionGroups({ children }: { children: ReactNode }) {
  return <Box sx={{ display: 'grid', gap: 2 }}>{children}</Box>;
}

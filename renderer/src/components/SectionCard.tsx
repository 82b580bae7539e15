import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

interface Props {
  title: string;
  action?: ReactNode;
  children: ReactNode;
  /** For a grid layout: e.g. { gridColumn: '1 / -1' }. */
  sx?: object;
}

/** A titled block of a page (h2), as a labelled region. */
export function SectionCard({ title, action, children, sx }: Props) {
  const id = useId();
  return (
    <Paper component="section" variant="outlined" aria-labelledby={id} sx={{ p: 2.5, ...sx }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 2, minHeight: 32 }}>
        <Typography id={id} variant="h6" component="h2" sx={{ flex: 1 }}>
          {title}
        </Typography>
        {action}
      </Box>
      {children}
    </Paper>
  );
}

import type { ReactNode } from 'react';
import Typography from '@mui/material/Typography';

/** An h3 inside a section form: the parts a long form is made of. */
export function SubHeading({ children, first }: { children: ReactNode; first?: boolean }) {
  return (
    <Typography
      variant="subtitle1"
      component="h3"
      sx={{ fontWeight: 600, mt: first ? 0 : 3.5, mb: 1.5 }}
    >
      {children}
    </Typography>
  );
}

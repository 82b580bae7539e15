import type { ReactNode } from 'react';
import Typography from '@mui/material/Typography';

interface Props {
  children: ReactNode;
  first?: boolean;
  /** What the part is for, in a line below the heading. */
  help?: string;
}

/** An h3 inside a section form: the parts a long form is made of. */
export function SubHeading({ children, first, help }: Props) {
  return (
    <>
      <Typography
        variant="subtitle1"
        component="h3"
        sx={{ fontWeight: 600, mt: first ? 0 : 3.5, mb: 1.5 }}
      >
        {children}
      </Typography>
      {help && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {help}
        </Typography>
      )}
    </>
  );
}

import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';

interface Props {
  label: string;
  rows?: number;
}

/** Skeleton lines in the shape of a page, announced as busy to screen readers. */
export function LoadingBlock({ label, rows = 6 }: Props) {
  return (
    <Box role="progressbar" aria-label={label} aria-busy="true" sx={{ maxWidth: 900 }}>
      <Skeleton variant="text" sx={{ fontSize: '2.2rem', width: '40%' }} />
      <Skeleton variant="text" sx={{ width: '25%', mb: 2 }} />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} variant="rounded" height={44} sx={{ mb: 1.5 }} />
      ))}
    </Box>
  );
}

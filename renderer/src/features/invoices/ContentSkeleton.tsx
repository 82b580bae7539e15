import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';

/** Busy below the page's header, which stays: cards, then a table's rows. */
export function ContentSkeleton({ label }: { label: string }) {
  return (
    <Box role="progressbar" aria-label={label} aria-busy="true">
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 1.5, mb: 2.5 }}>
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} variant="rounded" height={96} />
        ))}
      </Box>
      {[0, 1, 2, 3, 4].map((i) => (
        <Skeleton key={i} variant="rounded" height={44} sx={{ mb: 1 }} />
      ))}
    </Box>
  );
}

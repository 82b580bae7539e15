import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import { visuallyHidden } from './visuallyHidden';
import type { SxProps, Theme } from '@mui/material/styles';

/** The header of a column of buttons: empty on screen, named for screen readers. */
export function HiddenHeaderCell({ label, sx }: { label: string; sx?: SxProps<Theme> }) {
  return (
    <TableCell sx={sx}>
      <Box component="span" sx={visuallyHidden}>
        {label}
      </Box>
    </TableCell>
  );
}

import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';

interface Props {
  value: string;
  label: string;
  description?: ReactNode;
  /** Beside the label, outside the radio's accessible name (e.g. "Kommer senare"). */
  badge?: ReactNode;
  disabled?: boolean;
  selected: boolean;
  descriptionId?: string;
  children?: ReactNode;
}

/** One choice of a radio group, drawn as a bordered card with room for an explanation. */
export function OptionCard(props: Props) {
  const { value, label, description, badge, disabled, selected, descriptionId, children } = props;
  return (
    <Box
      sx={{
        border: 1,
        borderColor: selected ? 'primary.main' : 'divider',
        bgcolor: (theme) =>
          selected
            ? alpha(theme.palette.primary.main, 0.05)
            : disabled
              ? theme.palette.action.disabledBackground
              : theme.palette.background.paper,
        borderRadius: 1,
        px: 2,
        py: 1.25,
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <FormControlLabel
          value={value}
          disabled={disabled}
          control={<Radio slotProps={{ input: { 'aria-describedby': descriptionId } as object }} />}
          label={label}
          sx={{ mr: 0, '& .MuiFormControlLabel-label': { fontWeight: 600 } }}
        />
        {badge}
      </Box>
      {description && (
        <Typography
          id={descriptionId}
          variant="body2"
          color="text.secondary"
          component="div"
          sx={{ pl: 4, pb: 0.5 }}
        >
          {description}
        </Typography>
      )}
      {children && <Box sx={{ pl: 4, pt: 1, pb: 0.5 }}>{children}</Box>}
    </Box>
  );
}

import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Paper from '@mui/material/Paper';
import CheckCircle from '@mui/icons-material/CheckCircle';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CustomerSettings } from '../../../../shared/schemas/settings';
import { useFormat } from '../../i18n/useFormat';
import { PARTS, partNumber, partPath, reviewOf, type Part } from './parts';
import { reviewText } from './reviewText';

interface Props {
  customerId: string;
  settings: CustomerSettings;
  current: Part;
}

/** The six parts in the recommended order, each with whether (and by whom) it is reviewed. */
export function PartNav({ customerId, settings, current }: Props) {
  const { t } = useTranslation();
  const format = useFormat();

  const item = (part: Part) => {
    const review = reviewOf(settings, part);
    const selected = part === current;
    return (
      <ListItemButton
        key={part}
        component={RouterLink}
        to={partPath(customerId, part)}
        selected={selected}
        aria-current={selected ? 'page' : undefined}
        sx={{ borderRadius: 1, mx: 1, alignItems: 'flex-start' }}
      >
        <ListItemIcon sx={{ minWidth: 34, mt: 0.5 }} aria-hidden>
          {review.at ? (
            <CheckCircle color="success" fontSize="small" />
          ) : (
            <RadioButtonUnchecked color="disabled" fontSize="small" />
          )}
        </ListItemIcon>
        <ListItemText
          primary={t('timeSettings.numbered', {
            number: partNumber(part),
            name: t(`timeSettings.parts.${part}`),
          })}
          secondary={reviewText(t, format.date, review, part === 'profiles')}
          slotProps={{
            primary: { sx: { fontWeight: selected ? 700 : 500 } },
            secondary: { sx: { color: review.at ? 'success.dark' : 'text.secondary' } },
          }}
        />
      </ListItemButton>
    );
  };

  return (
    <Paper
      variant="outlined"
      component="nav"
      aria-label={t('timeSettings.partsLabel')}
      sx={{ position: 'sticky', top: 72 }}
    >
      <List
        dense
        subheader={
          <ListSubheader component="div" sx={{ lineHeight: '36px', bgcolor: 'transparent' }}>
            {t('timeSettings.timeSettingsInOrder')}
          </ListSubheader>
        }
      >
        {PARTS.filter((p) => p !== 'profiles').map(item)}
      </List>
      <List
        dense
        sx={{ borderTop: 1, borderColor: 'divider' }}
        subheader={
          <ListSubheader component="div" sx={{ lineHeight: '36px', bgcolor: 'transparent' }}>
            {t('timeSettings.thenProfiles')}
          </ListSubheader>
        }
      >
        {item('profiles')}
      </List>
    </Paper>
  );
}

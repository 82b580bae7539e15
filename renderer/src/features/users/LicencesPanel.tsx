import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ROLES, type LicenceState } from '../../../../shared/schemas/users';
import { SectionCard } from '../../components/SectionCard';
import { useFormat } from '../../i18n/useFormat';

const HISTORY_SHOWN = 3;

interface Props {
  state: LicenceState;
  onChange: () => void;
}

/** Licences bought, how many are used per role, and every change of the number. */
export function LicencesPanel({ state, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [all, setAll] = useState(false);
  const used = state.assigned.total;
  const over = used - state.licences;
  const history = [...state.history].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  const shown = all ? history : history.slice(0, HISTORY_SHOWN);

  return (
    <SectionCard
      title={t('users.licences.title')}
      action={
        <Button size="small" variant="outlined" onClick={onChange}>
          {t('users.licences.change')}
        </Button>
      }
    >
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="p">
          {t('users.licences.bought', {
            count: state.licences,
            formatted: format.number(state.licences),
          })}
        </Typography>
        <Typography color={over > 0 ? 'error' : 'text.secondary'}>
          {over > 0
            ? t('users.licences.usageOver', {
                used: format.number(used),
                over: format.number(over),
              })
            : t('users.licences.usage', {
                used: format.number(used),
                free: format.number(state.licences - used),
                // "1 ledig", "2 lediga".
                count: state.licences - used,
              })}
        </Typography>
      </Box>
      <Box
        component="dl"
        aria-label={t('users.licences.perRoleLabel')}
        sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2.5, rowGap: 0.5, m: 0, mt: 1 }}
      >
        {ROLES.map((role) => (
          <Box key={role} sx={{ display: 'flex', gap: 0.75 }}>
            <Box component="dt" sx={{ color: 'text.secondary' }}>
              {t(`common.roles.${role}`)}
            </Box>
            <Box component="dd" sx={{ m: 0, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
              {format.number(state.assigned[role])}
            </Box>
          </Box>
        ))}
      </Box>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 1.5 }}>
        {t('users.licences.history')}
      </Typography>
      {history.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('users.licences.historyEmpty')}
        </Typography>
      ) : (
        <Box
          component="ul"
          aria-label={t('users.licences.historyLabel')}
          sx={{ m: 0, pl: 2.5, typography: 'body2' }}
        >
          {shown.map((change) => (
            <li key={`${change.changedAt}:${change.effectiveFrom}:${change.count}`}>
              {t('users.licences.historyItem', {
                count: change.count,
                from: format.date(change.effectiveFrom),
              })}{' '}
              <Box component="span" sx={{ color: 'text.secondary' }}>
                {t('users.licences.historyMeta', {
                  when: format.dateTime(change.changedAt),
                  who: change.actor || t('users.licences.unknownActor'),
                })}
              </Box>
            </li>
          ))}
        </Box>
      )}
      {history.length > HISTORY_SHOWN && (
        <Button size="small" onClick={() => setAll((v) => !v)} sx={{ mt: 0.5 }}>
          {all
            ? t('users.licences.showFewer')
            : t('users.licences.showAll', { count: history.length })}
        </Button>
      )}
    </SectionCard>
  );
}

import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import CheckCircle from '@mui/icons-material/CheckCircle';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import PlayCircleFilled from '@mui/icons-material/PlayCircleFilled';
import type { TFunction } from 'i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Onboarding } from '../../../../shared/schemas/customer';
import { partPath } from '../customerSettings/parts';
import { blockerLink, CONTACT_MESSAGING_ANCHOR, usersPath } from './blockers';

const STEPS = [1, 2, 3, 4, 5] as const;
/** The step whose work is done on the settings page. */
const SETTINGS_STEP = 2;
/** The step whose work is done on the users page. */
const USERS_STEP = 3;
/** The steps done from the contact card on this page and the users grid's invitations. */
const CONTACT_STEP = 4;
const INVITE_STEP = 5;

/** Where a step's work is done, for the steps Kundstart has a screen for. */
function stepLink(customerId: string, step: number): string | null {
  if (step === SETTINGS_STEP) return partPath(customerId);
  if (step === USERS_STEP) return usersPath(customerId);
  if (step === CONTACT_STEP) return `/customers/${customerId}#${CONTACT_MESSAGING_ANCHOR}`;
  if (step === INVITE_STEP) return usersPath(customerId);
  return null;
}

function blockerText(t: TFunction, code: string): string {
  return t([`onboarding.blockers.${code}`, 'onboarding.blockers.unknown']);
}

function stateOf(step: number, next: number | null): 'done' | 'current' | 'later' {
  if (next === null || step < next) return 'done';
  return step === next ? 'current' : 'later';
}

const ICONS = {
  done: <CheckCircle color="success" />,
  current: <PlayCircleFilled color="primary" />,
  later: <RadioButtonUnchecked color="disabled" />,
};

/** What stands in the way of the current step, each linked to where it is fixed. */
function Blockers({ customerId, codes }: { customerId: string; codes: string[] }) {
  const { t } = useTranslation();
  if (codes.length === 0) return <>{t('customer.stepCurrent')}</>;
  return (
    <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
      {codes.map((code) => {
        const to = blockerLink(customerId, code);
        return (
          <li key={code}>
            {to ? (
              <Link component={RouterLink} to={to}>
                {blockerText(t, code)}
              </Link>
            ) : (
              blockerText(t, code)
            )}
          </li>
        );
      })}
    </Box>
  );
}

interface Props {
  customerId: string;
  onboarding: Onboarding;
}

/** The five steps of the onboarding article, the next one highlighted with what blocks it. */
export function OnboardingChecklist({ customerId, onboarding }: Props) {
  const { t } = useTranslation();
  return (
    <Box>
      <List aria-label={t('customer.onboardingLabel')} disablePadding>
        {STEPS.map((step) => {
          const state = stateOf(step, onboarding.next);
          const title = `${step}. ${t(`onboarding.steps.${step}`)}`;
          const link = stepLink(customerId, step);
          return (
            <ListItem
              key={step}
              aria-current={state === 'current' ? 'step' : undefined}
              sx={{
                alignItems: 'flex-start',
                borderRadius: 1,
                mb: 0.5,
                bgcolor: state === 'current' ? 'rgba(29, 95, 163, 0.08)' : undefined,
                border: 1,
                borderColor: state === 'current' ? 'primary.main' : 'transparent',
              }}
            >
              <ListItemIcon sx={{ minWidth: 36, mt: 0.25 }} aria-hidden>
                {ICONS[state]}
              </ListItemIcon>
              <ListItemText
                primary={
                  // A step with a screen is worth a look whatever its state: always a link.
                  link ? (
                    <Link component={RouterLink} to={link} color="inherit">
                      {title}
                    </Link>
                  ) : (
                    title
                  )
                }
                secondary={
                  state === 'current' ? (
                    <Blockers customerId={customerId} codes={onboarding.blockers} />
                  ) : (
                    t(state === 'done' ? 'customer.stepDone' : 'customer.stepLater')
                  )
                }
                slotProps={{
                  primary: { sx: { fontWeight: state === 'current' ? 700 : 400 } },
                  secondary: {
                    component: 'div',
                    sx: { color: state === 'current' ? 'text.primary' : undefined },
                  },
                }}
              />
            </ListItem>
          );
        })}
      </List>
      {onboarding.next === null && (
        <Typography color="success.main" sx={{ mt: 1 }}>
          {t('customer.allDone')}
        </Typography>
      )}
    </Box>
  );
}

import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BlikkUserRef, PreparedUserRef } from '../../../../shared/schemas/blikk';

interface SectionProps {
  title: string;
  action: string;
  count: number;
  children: ReactNode;
}

/** A titled part of the result with the action it asks for; "Inga." when there is nothing. */
export function ResultSection({ title, action, count, children }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-label={title}>
      <Typography variant="subtitle1" component="h3">
        {title}
      </Typography>
      {count === 0 ? (
        <Typography color="text.secondary">{t('blikk.result.none')}</Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
            {action}
          </Typography>
          {children}
        </>
      )}
    </Box>
  );
}

/** "Anna Al · anna@example.se · Anst.nr 12": what staff need to find or create the user. */
function UserLine({ parts }: { parts: (string | null)[] }) {
  return <li>{parts.filter((part) => part && part.trim()).join(' · ')}</li>;
}

export function MissingInBlikk({ users }: { users: PreparedUserRef[] }) {
  const { t } = useTranslation();
  return (
    <ResultSection
      title={t('blikk.result.missingTitle', { count: users.length })}
      action={t('blikk.result.missingAction')}
      count={users.length}
    >
      <Box component="ul" sx={{ m: 0, pl: 3 }}>
        {users.map((user) => (
          <UserLine
            key={user.userId}
            parts={[user.name, user.email, employeeNumber(t, user.employeeNumber)]}
          />
        ))}
      </Box>
    </ResultSection>
  );
}

export function NotPrepared({ users }: { users: BlikkUserRef[] }) {
  const { t } = useTranslation();
  return (
    <ResultSection
      title={t('blikk.result.notPreparedTitle', { count: users.length })}
      action={t('blikk.result.notPreparedAction')}
      count={users.length}
    >
      <Box component="ul" sx={{ m: 0, pl: 3 }}>
        {users.map((user) => (
          <UserLine
            key={user.blikkId}
            parts={[
              user.name,
              user.email,
              employeeNumber(t, user.employeeNumber),
              user.personnummerMasked,
            ]}
          />
        ))}
      </Box>
    </ResultSection>
  );
}

function employeeNumber(t: TFunction, value: string): string | null {
  return value.trim() ? t('blikk.result.employeeNumber', { number: value }) : null;
}

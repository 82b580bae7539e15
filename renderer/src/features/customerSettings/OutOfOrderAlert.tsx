import { useEffect, useRef } from 'react';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { partNumber, partPath, type Part } from './parts';

interface Props {
  customerId: string;
  /** Earlier parts not yet reviewed, in order. */
  earlier: readonly Part[];
}

/**
 * "Avsnitt 1 Arbetstid är inte granskat än.": the review went through (Blikk only recommends
 * the order), but the bureau should know what it skipped, one click from it.
 */
export function OutOfOrderAlert({ customerId, earlier }: Props) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const first = earlier[0];
  // The review button sits at the foot of a long form: bring the warning into view.
  useEffect(() => {
    if (first) ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [first]);
  if (!first) return null;
  const names = earlier.map((part) =>
    t('timeSettings.numbered', { number: partNumber(part), name: t(`timeSettings.parts.${part}`) }),
  );
  const list = new Intl.ListFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', {
    type: 'conjunction',
  }).format(names);
  return (
    <Alert severity="warning" sx={{ mb: 2, scrollMarginTop: 72 }} ref={ref}>
      {t('timeSettings.outOfOrder', { count: earlier.length, list })}{' '}
      <Link component={RouterLink} to={partPath(customerId, first)} color="inherit">
        {t('timeSettings.openPart', { name: names[0] })}
      </Link>
    </Alert>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { Words } from './changeText';
import { useAddonNames } from './useAddonNames';

/** Everything changeChip and changeSentence need, in the language on screen. */
export function useWords(): Words {
  const { t } = useTranslation();
  const format = useFormat();
  const addonName = useAddonNames();
  return useMemo(
    () => ({ t, date: format.date, number: format.number, addonName }),
    [t, format, addonName],
  );
}

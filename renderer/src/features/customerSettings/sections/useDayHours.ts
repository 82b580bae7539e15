import { useTranslation } from 'react-i18next';

/** A day's hours as the schemas take them (0–24 in quarter hours), with the text that says so. */
export function useDayHours() {
  const { t } = useTranslation();
  return { invalidText: t('timeSettings.workTime.hoursInvalid') };
}

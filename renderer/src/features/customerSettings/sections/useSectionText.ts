import { useTranslation } from 'react-i18next';
import type { SectionKey } from '../../../../../shared/settings/sections';

/** The section's own texts: timeSettings.<section>.<key>. */
export function useSectionText(section: SectionKey) {
  const { t } = useTranslation();
  return (key: string, values: Record<string, unknown> = {}) =>
    t(`timeSettings.${section}.${key}`, values);
}

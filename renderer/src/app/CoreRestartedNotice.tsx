import { useTranslation } from 'react-i18next';
import { useEvent } from '../api/hooks';
import { useNotify } from '../components/Notifier';

/**
 * Says so when the services' process died and was started again: whatever staff had just asked
 * for was answered `core.restarted` and not saved. Renders nothing itself; the notifier shows it.
 */
export function CoreRestartedNotice() {
  const { t } = useTranslation();
  const notify = useNotify();
  useEvent('core:restarted', () => notify(t('app.coreRestarted'), 'warning'));
  return null;
}

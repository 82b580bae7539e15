import { useEffect, useState } from 'react';
import { invoke } from '../api/client';
import { i18n } from '../i18n';

/** Applies the stored language before the first screen; Swedish if it cannot be read. */
export function usePreferredLanguage(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void invoke('preferences:get', {}).then(async (result) => {
      if (result.ok && result.value.language !== i18n.language) {
        await i18n.changeLanguage(result.value.language);
      }
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return ready;
}

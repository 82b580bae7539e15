import type { PreferenceStore } from '../core/core';
import { getPreferences } from '../core/preferences/preference-service';

/** The part of electron-updater's autoUpdater used here (a stand-in in the tests). */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdatesAndNotify(): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** The feed to check, or null: updates are off unless staff turned them on and named a feed. */
export function updateFeed(store: PreferenceStore): string | null {
  const { updates } = getPreferences({ preferences: store });
  return updates.enabled && updates.feedUrl ? updates.feedUrl : null;
}

const loadUpdater = async (): Promise<Updater> =>
  (await import('electron-updater')).autoUpdater as unknown as Updater;

/**
 * Checks the bureau's own feed once at start, downloads a newer version in the background and
 * installs it when the app quits; the OS notification says so. Nothing is asked of a server when
 * updates are off. A feed that cannot be reached only logs: the app works the same without it.
 */
export async function startUpdates(
  store: PreferenceStore,
  load: () => Promise<Updater> = loadUpdater,
): Promise<boolean> {
  const url = updateFeed(store);
  if (!url) return false;
  const updater = await load();
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = true;
  updater.setFeedURL({ provider: 'generic', url });
  updater.on('error', (error) => console.warn(`Update check failed: ${error.message}`));
  await updater.checkForUpdatesAndNotify().catch((error: unknown) => {
    console.warn(`Update check failed: ${error instanceof Error ? error.message : String(error)}`);
  });
  return true;
}

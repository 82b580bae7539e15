import { screen, type BrowserWindow } from 'electron';
import type { PreferenceStore } from '../core/core';
import { WINDOW_STATE_KEY } from './preferences';
import { parseWindowState, placeWindow, type Rect, type WindowState } from './window-bounds';

export interface InitialWindowState {
  bounds: Rect;
  maximized: boolean;
}

/** The saved bounds, checked and pulled onto a display that exists today. */
export function initialWindowState(preferences: PreferenceStore): InitialWindowState {
  const saved = parseWindowState(preferences.get(WINDOW_STATE_KEY));
  const areas = screen.getAllDisplays().map((display) => display.workArea);
  const bounds = placeWindow(saved, areas, screen.getPrimaryDisplay().workArea);
  return { bounds, maximized: saved?.maximized ?? false };
}

function currentState(window: BrowserWindow): WindowState | null {
  // Normal bounds, so that a maximised window comes back to its earlier size when restored.
  const bounds = window.getNormalBounds();
  return parseWindowState({ ...bounds, maximized: window.isMaximized() });
}

/** Saves the bounds when the window closes (a crash keeps the previous ones). */
export function rememberWindowState(window: BrowserWindow, preferences: PreferenceStore): void {
  window.on('close', () => {
    const state = currentState(window);
    // Bounds the schema would refuse (a tiny or off-limits window) are not worth keeping.
    if (state) preferences.set(WINDOW_STATE_KEY, state);
  });
}

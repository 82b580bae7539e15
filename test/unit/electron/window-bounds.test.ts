import { describe, expect, it } from 'vitest';
import { parseWindowState, placeWindow, type Rect } from '../../../electron/main/window-bounds';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightScreen: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('the remembered window bounds', () => {
  it('are used as saved when they fit a display', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800, maximized: false };
    expect(placeWindow(saved, [laptop, rightScreen], laptop)).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
    });
  });

  it('are pulled fully onto the display they overlap most', () => {
    const saved = { x: 4000, y: 900, width: 1200, height: 800, maximized: false };
    expect(placeWindow(saved, [laptop, rightScreen], laptop)).toEqual({
      x: 3280,
      y: 600,
      width: 1200,
      height: 800,
    });
  });

  it('are shrunk to a smaller screen', () => {
    const saved = { x: 1920, y: 0, width: 2400, height: 1300, maximized: false };
    const small: Rect = { x: 1920, y: 0, width: 1280, height: 720 };
    expect(placeWindow(saved, [laptop, small], laptop)).toEqual({ ...small });
  });

  it('fall back to a centred window when their display is gone or nothing was saved', () => {
    const saved = { x: 1920, y: 0, width: 1200, height: 800, maximized: true };
    const centred = { x: 320, y: 110, width: 1280, height: 820 };
    expect(placeWindow(saved, [laptop], laptop)).toEqual(centred);
    expect(placeWindow(null, [laptop], laptop)).toEqual(centred);
  });

  it('are refused when the stored value is damaged or absurd', () => {
    expect(
      parseWindowState({ x: 1, y: 2, width: 900, height: 600, maximized: false }),
    ).not.toBeNull();
    expect(parseWindowState({ x: 1, y: 2, width: 900, height: 600 })).toBeNull();
    expect(parseWindowState({ x: 1, y: 2, width: 10, height: 10, maximized: false })).toBeNull();
    expect(
      parseWindowState({ x: 'a', y: 2, width: 900, height: 600, maximized: false }),
    ).toBeNull();
    expect(parseWindowState('{"x":1}')).toBeNull();
    expect(parseWindowState(undefined)).toBeNull();
  });
});

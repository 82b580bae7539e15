import type { Schema } from 'conf';
import { z } from 'zod';

/** Plain data, no Electron: the saved window state, and where it may go on today's screens. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 560;
const DEFAULT_SIZE = { width: 1280, height: 820 };

const size = (min: number) => z.number().int().min(min).max(20_000);
const coordinate = z.number().int().min(-100_000).max(100_000);

/** Read back from disk, so it is checked again before use (the file may be old or edited). */
export const windowStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: size(MIN_WIDTH),
  height: size(MIN_HEIGHT),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** The same rules as JSON Schema, for electron-store, which validates on every write. */
export const windowStateJsonSchema: Schema<{ windowState: unknown }>['windowState'] = {
  type: 'object',
  properties: {
    x: { type: 'integer', minimum: -100_000, maximum: 100_000 },
    y: { type: 'integer', minimum: -100_000, maximum: 100_000 },
    width: { type: 'integer', minimum: MIN_WIDTH, maximum: 20_000 },
    height: { type: 'integer', minimum: MIN_HEIGHT, maximum: 20_000 },
    maximized: { type: 'boolean' },
  },
  required: ['x', 'y', 'width', 'height', 'maximized'],
  additionalProperties: false,
};

export function parseWindowState(value: unknown): WindowState | null {
  const parsed = windowStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/** Shrinks `rect` to fit `area` and moves it fully inside. */
export function fitInto(rect: Rect, area: Rect): Rect {
  const width = Math.min(rect.width, area.width);
  const height = Math.min(rect.height, area.height);
  return {
    x: clamp(rect.x, area.x, area.x + area.width - width),
    y: clamp(rect.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

function centred(area: Rect): Rect {
  const width = Math.min(DEFAULT_SIZE.width, area.width);
  const height = Math.min(DEFAULT_SIZE.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where the window opens: the saved bounds on the display they overlap most, pulled fully into
 * its work area; centred on the primary display when nothing was saved or that display is gone.
 */
export function placeWindow(saved: WindowState | null, workAreas: Rect[], primary: Rect): Rect {
  if (!saved) return centred(primary);
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const shared = overlap(saved, area);
    if (shared > bestOverlap) [best, bestOverlap] = [area, shared];
  }
  return best ? fitInto(saved, best) : centred(primary);
}

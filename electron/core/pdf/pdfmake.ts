import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type pdfmake from 'pdfmake';
import type { Content, Margins, TDocumentDefinitions } from 'pdfmake/interfaces';

// pdfmake's own Roboto covers å ä ö é. Resolved from the package, not the working directory, so
// it works from a checkout, from the CLI and from the bundled main process alike.
const FONT_DIR = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);

/** Our documents are A4 (595.28 pt wide) with 48 pt side margins. */
export const MARGIN_X = 48;
export const CONTENT_WIDTH = 595.28 - 2 * MARGIN_X;

/** A horizontal rule across the text width. */
export function rule(width: number, color: string, margin: Margins): Content {
  return {
    canvas: [
      { type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: width, lineColor: color },
    ],
    margin,
  };
}

/** What every document of ours writes in: pdfmake's Roboto, registered by configurePdfmake(). */
export const FONT = 'Roboto';

/** A document as PDF bytes, rendered with our fonts and no access to anything else. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  // Loaded here, not at start: every CLI command would pay for it (see electron/cli/entry.js).
  const { default: pdf } = await import('pdfmake');
  configurePdfmake(pdf);
  return pdf.createPdf(definition).getBuffer();
}

/**
 * pdfmake is one shared instance: fonts are (re)registered under our own paths on each call, and
 * nothing may be fetched over the network or read from disk beyond the fonts. Setting both
 * policies also keeps pdfmake from warning about them on every document.
 */
function configurePdfmake(pdf: typeof pdfmake): void {
  pdf.addFonts({
    [FONT]: {
      normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
      bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
      italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
      bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdf.setUrlAccessPolicy(() => false);
  pdf.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
}

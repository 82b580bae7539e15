import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { textBlocks } from '../../../shared/domain/mail-template';
import type { MessageLanguage } from '../../../shared/schemas/mail';
import { FONT, MARGIN_X, renderPdf, rule } from '../pdf/pdfmake';
import type { RenderedMail } from './template-data';

const ACCENT = '#1f3a5f';
const MUTED = '#5f6368';
const RULE = '#c9cdd3';

export interface Letter {
  /** Whom the letter is to: printed where a window envelope shows it. */
  recipient: string;
  customerName: string;
  mail: RenderedMail;
}

export interface LetterBatch {
  bureauName: string;
  language: MessageLanguage;
  /** The day the letters are dated, `YYYY-MM-DD`. */
  date: string;
  letters: Letter[];
}

/** The batch as one printable A4 PDF, one page per letter. */
export function renderLetters(batch: LetterBatch): Promise<Buffer> {
  return renderPdf(documentOf(batch));
}

function documentOf(batch: LetterBatch): TDocumentDefinitions {
  const title = batch.language === 'sv' ? 'BankID-brev' : 'BankID letters';
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 56, MARGIN_X, 56],
    language: batch.language === 'sv' ? 'sv-SE' : 'en-GB',
    info: { title, author: batch.bureauName, creator: 'Kundstart', producer: 'Kundstart' },
    content: batch.letters.map((letter, i) => page(batch, letter, i > 0)),
    defaultStyle: { font: FONT, fontSize: 11, lineHeight: 1.3, color: '#222222' },
  };
}

function page(batch: LetterBatch, letter: Letter, breakBefore: boolean): Content {
  return {
    stack: [
      {
        columns: [
          { text: batch.bureauName, bold: true, fontSize: 13, color: ACCENT },
          { text: dateText(batch.date, batch.language), alignment: 'right', color: MUTED },
        ],
      },
      rule(0.75, RULE, [0, 6, 0, 36]),
      { text: letter.recipient, bold: true },
      { text: letter.customerName, margin: [0, 0, 0, 40] },
      { text: letter.mail.subject, fontSize: 17, bold: true, color: ACCENT, margin: [0, 0, 0, 16] },
      ...bodyOf(letter.mail.text),
    ],
    ...(breakBefore ? { pageBreak: 'before' as const } : {}),
  };
}

/** The letter's text laid out as the e-mails are: paragraphs, and lists of "- " lines. */
function bodyOf(text: string): Content[] {
  return textBlocks(text).map((block): Content =>
    block.kind === 'list'
      ? { ul: block.items, margin: [8, 0, 0, 10] }
      : { text: block.lines.join('\n'), margin: [0, 0, 0, 10] },
  );
}

/** "7 december 2026" / "7 December 2026". */
function dateText(day: string, language: MessageLanguage): string {
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

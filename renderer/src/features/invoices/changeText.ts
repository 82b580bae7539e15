import type { TFunction } from 'i18next';
import type { ComparisonReason, InvoicingState } from '../../../../shared/schemas/invoices';
import { invoicingLabel } from '../portfolio/invoicingLabel';

/** What turning a change into words needs: the language's texts, dates, numbers, add-on names. */
export interface Words {
  t: TFunction;
  date: (iso: string) => string;
  number: (value: number) => string;
  addonName: (code: string) => string;
}

const isCollective = (state: InvoicingState) =>
  state.payer === 'bureau' && state.method === 'collective';

/** "+3 licenser", "Ny kund", "Bytt till samlingsfaktura": a chip in the customer's row. */
export function changeChip(w: Words, change: ComparisonReason): string {
  const { t } = w;
  switch (change.kind) {
    case 'joined':
      return t('invoices.change.chip.joined');
    case 'licences':
      return licenceChip(w, change.from, change.to);
    case 'addonStarted':
      return t('invoices.change.chip.addonStarted', { name: w.addonName(change.code) });
    case 'addonEnded':
      return t('invoices.change.chip.addonEnded', { name: w.addonName(change.code) });
    case 'invoicing':
      return isCollective(change.to)
        ? t('invoices.change.chip.toCollective')
        : t('invoices.change.chip.invoicing');
    case 'left':
      return t('invoices.change.chip.left');
    case 'prices':
      return t('invoices.change.chip.prices');
    case 'lineGone':
    case 'lineNew':
      return t(`invoices.change.chip.${change.kind}`, { name: w.addonName(change.code) });
  }
}

function licenceChip(w: Words, from: number | null, to: number): string {
  if (from === null) return w.t('invoices.change.chip.licencesSet', { count: to });
  const diff = to - from;
  const key = diff >= 0 ? 'licencesUp' : 'licencesDown';
  return w.t(`invoices.change.chip.${key}`, {
    count: Math.abs(diff),
    formatted: w.number(Math.abs(diff)),
  });
}

/** The same change written out: "Licenser 12 → 15 från 15 okt. 2026". */
export function changeSentence(w: Words, change: ComparisonReason): string {
  const { t } = w;
  switch (change.kind) {
    case 'joined':
      return t('invoices.change.text.joined', { date: w.date(change.date) });
    case 'licences':
      return change.from === null
        ? t('invoices.change.text.licencesSet', {
            to: w.number(change.to),
            date: w.date(change.date),
          })
        : t('invoices.change.text.licences', {
            from: w.number(change.from),
            to: w.number(change.to),
            date: w.date(change.date),
          });
    case 'addonStarted':
    case 'addonEnded':
      return t(`invoices.change.text.${change.kind}`, {
        name: w.addonName(change.code),
        date: w.date(change.date),
      });
    case 'invoicing':
      return t('invoices.change.text.invoicing', {
        date: w.date(change.date),
        from: change.from ? invoicingLabel(t, change.from.payer, change.from.method) : '–',
        to: invoicingLabel(t, change.to.payer, change.to.method),
      });
    case 'left':
      return t('invoices.change.text.left');
    case 'prices':
      return t('invoices.change.text.prices', { from: w.date(change.from), to: w.date(change.to) });
    case 'lineGone':
    case 'lineNew':
      return t(`invoices.change.text.${change.kind}`, { name: w.addonName(change.code) });
  }
}

import { day } from '../../../../shared/schemas/invoices';

export type DateProblem = 'date' | 'beforeStart';
export type QuantityProblem = 'quantity';

const isDay = (value: string) => day.safeParse(value.trim()).success;

/** The start must be a date; an end, when given, a date on or after the start. */
export function dateProblems(from: string, to: string): { from?: DateProblem; to?: DateProblem } {
  const problems: { from?: DateProblem; to?: DateProblem } = {};
  if (!isDay(from)) problems.from = 'date';
  if (to.trim() === '') return problems;
  if (!isDay(to)) problems.to = 'date';
  else if (!problems.from && to.trim() < from.trim()) problems.to = 'beforeStart';
  return problems;
}

/** A whole number of items, 1–100 000 (the contract's limits). */
export function quantityValue(text: string): number | null {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= 1 && value <= 100_000 ? value : null;
}

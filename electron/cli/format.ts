/** Swedish labels for the CLI's human output (the UI has its own translations). */
export const PAYMENT_LABELS: Record<string, string> = {
  'bureau/collective': 'Byrån – samlingsfaktura',
  'customer/email': 'Kunden – e-post (PDF)',
  'customer/e-invoice': 'Kunden – e-faktura',
  'customer/paper': 'Kunden – papper',
};

/** A plain text table, columns padded to their widest cell. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** What keeps a user incomplete, in the words of the UI. */
export const MISSING_LABELS: Record<string, string> = {
  'email.missing': 'e-post',
  'employeeNumber.missing': 'anställningsnummer',
  'salaryForm.missing': 'löneform',
  'approver.missing': 'attestansvarig',
};

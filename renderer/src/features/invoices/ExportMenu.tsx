import { useTranslation } from 'react-i18next';
import type { InvoiceExportFormat } from '../../../../shared/schemas/invoices';
import { invoke } from '../../api/client';
import { ExportMenuButton, type ExportChoice } from '../../components/ExportMenuButton';

const TYPES: Record<InvoiceExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json',
  basis: 'text/csv;charset=utf-8',
};
/** Excel first: it is what a bureau opens the invoice in. */
const ORDER: InvoiceExportFormat[] = ['xlsx', 'csv', 'pdf', 'json', 'basis'];

/** The month's invoice as a file; the button says it is busy while the file is made. */
export function ExportMenu({ month }: { month: string }) {
  const { t } = useTranslation();
  const choices: ExportChoice<InvoiceExportFormat>[] = ORDER.map((format) => ({
    format,
    label: t(`invoices.export.${format}`),
    hint: format === 'basis' ? t('invoices.export.basisHint') : undefined,
    mediaType: TYPES[format],
  }));
  return (
    <ExportMenuButton
      choices={choices}
      make={(format) => invoke('invoices:export', { month, format })}
      labels={{
        button: t('invoices.export.button'),
        running: t('invoices.export.running'),
        menu: t('invoices.export.menuLabel'),
        done: (fileName) => t('invoices.export.done', { fileName }),
      }}
    />
  );
}

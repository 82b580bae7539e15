import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../../../shared/schemas/app';
import { invoke } from '../../api/client';
import { ExportMenuButton, type ExportChoice } from '../../components/ExportMenuButton';

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
} as const;
type Format = keyof typeof TYPES;

/** The filtered log as a file, made by the core and saved as the other exports are. */
export function AuditExportMenu({ filter, disabled }: { filter: AuditFilter; disabled: boolean }) {
  const { t } = useTranslation();
  const choices: ExportChoice<Format>[] = (['xlsx', 'csv'] as const).map((format) => ({
    format,
    label: t(`auditLog.export.${format}`),
    mediaType: TYPES[format],
  }));
  return (
    <ExportMenuButton
      choices={choices}
      make={(format) => invoke('audit:export', { ...filter, format })}
      labels={{
        button: t('auditLog.export.button'),
        running: t('auditLog.export.running'),
        menu: t('auditLog.export.menuLabel'),
        done: (fileName) => t('auditLog.export.done', { fileName }),
      }}
      disabled={disabled}
    />
  );
}

import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useTranslation } from 'react-i18next';

export const INVOICE_TABS = ['month', 'compare', 'trend'] as const;
export type InvoiceTab = (typeof INVOICE_TABS)[number];

/** The tab named in the address (?tab=compare), else the month itself. */
export const tabOf = (value: string | null): InvoiceTab =>
  INVOICE_TABS.find((tab) => tab === value) ?? 'month';

interface Props {
  value: InvoiceTab;
  onChange: (tab: InvoiceTab) => void;
  /** The open tab's content: only that one is rendered (and only its data loaded). */
  children: ReactNode;
}

/** The month, the comparison with the month before, and the year: three views of one invoice. */
export function InvoiceTabs({ value, onChange, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2.5 }}>
        <Tabs
          value={value}
          onChange={(_, next: InvoiceTab) => onChange(next)}
          aria-label={t('invoices.tabs.label')}
          variant="scrollable"
        >
          {INVOICE_TABS.map((tab) => (
            <Tab
              key={tab}
              value={tab}
              label={t(`invoices.tabs.${tab}`)}
              id={`${id}-tab-${tab}`}
              aria-controls={`${id}-panel`}
            />
          ))}
        </Tabs>
      </Box>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${value}`}>
        {children}
      </div>
    </>
  );
}

import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import { useTranslation } from 'react-i18next';
import { ApiError, invoke } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  customerId: string;
  masked: string;
  /** After a reveal: the server wrote it to the audit log. */
  onRevealed: () => void;
}

/** 19900101-1234 from the 12 stored digits; anything else as given. */
function printed(personnummer: string): string {
  return /^\d{12}$/.test(personnummer)
    ? `${personnummer.slice(0, 8)}-${personnummer.slice(8)}`
    : personnummer;
}

/** The masked number, and a "Visa" that fetches the full one (audited on the server). */
export function PersonnummerReveal({ customerId, masked, onRevealed }: Props) {
  const { t } = useTranslation();
  const [full, setFull] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function reveal() {
    setError(null);
    const result = await invoke('customers:revealContactPersonnummer', { id: customerId });
    if (!result.ok) return setError(new ApiError(result.error));
    setFull(result.value.personnummer ? printed(result.value.personnummer) : null);
    onRevealed();
  }

  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums', minWidth: '13ch' }}>
          {full ?? masked}
        </Box>
        {full ? (
          <Button size="small" startIcon={<VisibilityOffOutlined />} onClick={() => setFull(null)}>
            {t('customer.hide')}
          </Button>
        ) : (
          <Tooltip title={t('customer.revealTooltip')} describeChild>
            <Button size="small" startIcon={<VisibilityOutlined />} onClick={() => void reveal()}>
              {t('customer.reveal')}
            </Button>
          </Tooltip>
        )}
      </Box>
      <ErrorAlert error={error} />
    </Box>
  );
}

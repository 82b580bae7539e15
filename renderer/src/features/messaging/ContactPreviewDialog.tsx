import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { DetailList } from '../../components/DetailList';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';

interface Props {
  customerId: string;
  onClose: () => void;
}

/**
 * The summary as the primary contact will get it: recipient, subject, and the plain-text part,
 * or the HTML part in a sandboxed frame (no scripts, no same origin: only the message's markup).
 */
export function ContactPreviewDialog({ customerId, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [tab, setTab] = useState<'text' | 'html'>('text');
  const preview = useQuery('contact:preview', { customerId });
  const data = preview.data;
  const k = (key: string) => t(`messaging.contact.previewDialog.${key}`);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{k('title')}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={preview.error} onRetry={preview.reload} />
        {!data && !preview.error && <LoadingBlock label={k('title')} />}
        {data && (
          <>
            <DetailList
              items={[
                {
                  label: k('to'),
                  value: data.to
                    ? `${data.to.name} <${data.to.address}>`
                    : t('messaging.contact.noRecipient'),
                },
                { label: k('subject'), value: data.subject },
              ]}
            />
            {data.problems.length > 0 && (
              <Alert severity="warning" sx={{ mt: 2 }}>
                {k('problems')} {data.problems.map((p) => p.detail).join(', ')}
              </Alert>
            )}
            <Tabs
              value={tab}
              onChange={(_e, value: 'text' | 'html') => setTab(value)}
              sx={{ mt: 2 }}
            >
              <Tab value="text" label={k('textTab')} />
              <Tab value="html" label={k('htmlTab')} />
            </Tabs>
            {tab === 'text' ? (
              <Box
                component="pre"
                data-testid="preview-text"
                sx={{
                  whiteSpace: 'pre-wrap',
                  fontFamily: 'inherit',
                  typography: 'body2',
                  bgcolor: 'grey.50',
                  border: 1,
                  borderColor: 'divider',
                  borderRadius: 1,
                  p: 2,
                  mt: 1,
                  maxHeight: 420,
                  overflow: 'auto',
                }}
              >
                {data.text}
              </Box>
            ) : (
              <Box
                component="iframe"
                title={k('htmlFrame')}
                sandbox=""
                srcDoc={data.html}
                sx={{ width: '100%', height: 420, border: 1, borderColor: 'divider', mt: 1 }}
              />
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {k('close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

import { useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import SendOutlined from '@mui/icons-material/SendOutlined';
import { useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { MESSAGE_LANGUAGES, type MessageLanguage } from '../../../../shared/schemas/mail';
import type { CustomerDetail } from '../../../../shared/schemas/customer';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { DetailList } from '../../components/DetailList';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';
import { SectionCard } from '../../components/SectionCard';
import { CONTACT_MESSAGING_ANCHOR } from '../customer/blockers';
import { contactStateOf, type ContactState } from './contactState';
import { ContactStateValue } from './ContactStateValue';
import { ContactPreviewDialog } from './ContactPreviewDialog';
import { InformErrorAlert } from './InformErrorAlert';
import { MarkInformedDialog } from './MarkInformedDialog';

const REFRESH = ['outbox:changed', 'customers:changed'] as const;

/** Sending is offered until informed, and again once the summary failed. */
const canSend = (state: ContactState) =>
  state.kind === 'notInformed' || (state.kind === 'pending' && state.state === 'failed');

/**
 * Step 4: the summary to the customer's primary contact (which users exist, what they lack),
 * previewed and sent through the outbox, or marked as done another way with a note.
 */
export function ContactMessagingCard({ detail }: { detail: CustomerDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const customerId = detail.id;
  const [dialog, setDialog] = useState<'preview' | 'mark' | null>(null);
  const messaging = useQuery('messaging:get', { customerId }, { refreshOn: REFRESH });
  const pendingId = messaging.data?.pendingSummaryId ?? null;
  // The pending summary's own state (failed, interrupted) and reason live in the outbox.
  const outbox = useQuery(
    'outbox:list',
    { customerId, limit: 200 },
    { refreshOn: ['outbox:changed'], enabled: pendingId !== null },
  );
  const language = useMutation('messaging:setLanguage');
  const inform = useMutation('contact:inform');
  const retry = useMutation('outbox:retry');
  const unmark = useMutation('contact:markInformed');
  const k = (key: string) => t(`messaging.contact.${key}`);
  // The checklist's step 4 links here (#contact-messaging): bring the card into view.
  const { hash } = useLocation();
  const anchor = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (hash === `#${CONTACT_MESSAGING_ANCHOR}`) anchor.current?.scrollIntoView({ block: 'start' });
  }, [hash]);

  const data = messaging.data;
  const pending = outbox.data?.find((item) => item.id === pendingId) ?? null;
  const state = data ? contactStateOf(data, pending) : null;
  const email = detail.contact?.email ?? '';

  /** A refusal is old news once the state has moved on. */
  function resetErrors() {
    inform.reset();
    retry.reset();
    language.reset();
    unmark.reset();
  }

  /** A first summary is queued; a failed one is tried again (one summary at a time). */
  async function send() {
    const result =
      pendingId && state?.kind === 'pending'
        ? await retry.run({ ids: [pendingId] })
        : await inform.run({ customerId });
    if (!result.ok) return;
    notify(t('messaging.contact.queuedDone', { name: detail.contact?.name ?? email }), 'success');
    messaging.reload();
  }

  async function changeLanguage(value: MessageLanguage) {
    const result = await language.run({ customerId, language: value });
    if (result.ok) messaging.reload();
  }

  async function undoOther() {
    const result = await unmark.run({ customerId, note: '', informed: false });
    if (result.ok) {
      resetErrors();
      notify(k('unmarkedDone'), 'info');
      messaging.reload();
    }
  }

  return (
    <Box id={CONTACT_MESSAGING_ANCHOR} ref={anchor} sx={{ scrollMarginTop: 64 }}>
      <SectionCard title={k('title')}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {k('intro')}
        </Typography>
        <ErrorAlert error={messaging.error} onRetry={messaging.reload} />
        {data && state && (
          <>
            <DetailList
              labelWidth={150}
              items={[
                {
                  label: k('recipient'),
                  value: email ? `${detail.contact?.name} <${email}>` : k('noRecipient'),
                },
                { label: k('state'), value: <ContactStateValue state={state} /> },
                ...(state.kind === 'other' ? [{ label: k('note'), value: state.note }] : []),
              ]}
            />
            <TextField
              select
              size="small"
              label={k('language')}
              value={data.language}
              disabled={language.busy}
              onChange={(event) => void changeLanguage(event.target.value as MessageLanguage)}
              sx={{ mt: 2, width: 260 }}
            >
              {MESSAGE_LANGUAGES.map((lang) => (
                <MenuItem key={lang} value={lang}>
                  {t(`messaging.contact.languages.${lang}`)}
                </MenuItem>
              ))}
            </TextField>
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 2 }}>
              <Button variant="outlined" onClick={() => setDialog('preview')}>
                {k('preview')}
              </Button>
              {canSend(state) && (
                <Button
                  variant="contained"
                  startIcon={<SendOutlined />}
                  disabled={inform.busy || retry.busy}
                  onClick={() => void send()}
                >
                  {state.kind === 'pending' ? k('sendAgain') : k('send')}
                </Button>
              )}
              {state.kind === 'other' ? (
                <Button disabled={unmark.busy} onClick={() => void undoOther()}>
                  {k('undoOther')}
                </Button>
              ) : (
                state.kind !== 'sent' && (
                  <Button onClick={() => setDialog('mark')}>{k('markOther')}</Button>
                )
              )}
            </Box>
            <InformErrorAlert
              error={inform.error ?? retry.error ?? language.error ?? unmark.error}
              customerId={customerId}
              onClose={resetErrors}
            />
          </>
        )}
        {dialog === 'preview' && (
          <ContactPreviewDialog customerId={customerId} onClose={() => setDialog(null)} />
        )}
        {dialog === 'mark' && (
          <MarkInformedDialog
            customerId={customerId}
            onClose={() => setDialog(null)}
            onDone={() => {
              setDialog(null);
              resetErrors();
              notify(k('markedDone'), 'success');
              messaging.reload();
            }}
          />
        )}
      </SectionCard>
    </Box>
  );
}

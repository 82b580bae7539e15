import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import BookmarkAddOutlined from '@mui/icons-material/BookmarkAddOutlined';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { SectionData, SectionKey } from '../../../../shared/settings/sections';
import { useQuery } from '../../api/hooks';
import { CustomerBreadcrumbs } from '../../components/CustomerBreadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { useNotify } from '../../components/Notifier';
import { PageHeader } from '../../components/PageHeader';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { CopySettingsDialog } from './copy/CopySettingsDialog';
import { SaveTemplateDialog } from './copy/SaveTemplateDialog';
import { PartNav } from './PartNav';
import { PartPanel } from './PartPanel';
import { firstUnreviewed, isPart, nextUnreviewed, partNumber, partPath, type Part } from './parts';
import { SetupSheetButton } from './SetupSheetButton';
import { useCustomerSettings } from './useCustomerSettings';
import { useSettingsActions } from './useSettingsActions';

/**
 * Step 2 of the onboarding article: the account's time settings in five sections, made in
 * order, then the reporting profiles. Any part can be opened; the order is recommended.
 */
export function CustomerSettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { id = '', section } = useParams();
  const customer = useQuery('customers:get', { id }, { refreshOn: ['customers:changed'] });
  const settings = useCustomerSettings(id);
  const actions = useSettingsActions(id);
  const [warning, setWarning] = useState<{ part: Part; earlier: Part[] } | null>(null);
  const [dialog, setDialog] = useState<'copy' | 'template' | null>(null);
  const name = customer.data?.customer.name;
  useDocumentTitle(name ? `${t('timeSettings.title')} – ${name}` : t('timeSettings.title'));

  if (customer.error?.code === 'customer.notFound') {
    return <NotFoundPanel title={t('customer.notFoundTitle')} body={t('customer.notFoundBody')} />;
  }
  const failed = customer.error ?? settings.error;
  if (failed && (!customer.data || !settings.data)) {
    return (
      <ErrorAlert
        error={failed}
        onRetry={() => {
          customer.reload();
          settings.reload();
        }}
      />
    );
  }
  if (!customer.data || !settings.data) {
    return <LoadingBlock label={t('timeSettings.loading')} />;
  }
  const data = settings.data;
  if (section === undefined) return <Navigate replace to={partPath(id, firstUnreviewed(data))} />;
  if (!isPart(section)) {
    return <NotFoundPanel title={t('timeSettings.noSuchPart')} body={t('app.notFoundBody')} />;
  }
  const part = section;
  const partName = (p: Part) =>
    t('timeSettings.numbered', { number: partNumber(p), name: t(`timeSettings.parts.${p}`) });

  async function review(p: Part, reviewed: boolean) {
    const result = await actions.review(p, reviewed);
    if (!result) return;
    // The profiles are plural in Swedish: "Rapporteringsprofilerna är granskade".
    const note = (key: string) =>
      p === 'profiles' ? t(`profiles.${key}`) : t(`timeSettings.${key}`, { part: partName(p) });
    if (!reviewed) {
      setWarning(null);
      notify(note('unreviewedNote'), 'info');
      return;
    }
    notify(note('reviewedNote'));
    if (result.outOfOrder.length > 0) {
      setWarning({ part: p, earlier: result.outOfOrder });
      return;
    }
    setWarning(null);
    // In order: straight on to the next part still waiting.
    const next = nextUnreviewed(result.settings, p);
    if (next) navigate(partPath(id, next));
  }

  async function save<K extends SectionKey>(
    key: K,
    values: SectionData[K],
    andReview: boolean,
    recordVersion: number,
  ) {
    const outcome = await actions.save(key, values, recordVersion);
    if (!outcome.ok) return outcome;
    if (andReview) await review(key, true);
    else notify(t('timeSettings.savedNote', { part: partName(key) }));
    return outcome;
  }

  return (
    <>
      <PageHeader
        title={t('timeSettings.title')}
        subtitle={`${customer.data.customer.name} · ${customer.data.customer.orgnr}`}
        before={
          <CustomerBreadcrumbs
            customerId={id}
            customerName={customer.data.customer.name}
            page={t('timeSettings.title')}
          />
        }
      />
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: -1, mb: 2.5 }}>
        <Button
          variant="outlined"
          startIcon={<ContentCopyOutlined />}
          onClick={() => setDialog('copy')}
        >
          {t('copy.button')}
        </Button>
        <Button
          variant="outlined"
          startIcon={<BookmarkAddOutlined />}
          onClick={() => setDialog('template')}
        >
          {t('templates.saveButton')}
        </Button>
        <SetupSheetButton customerId={id} />
      </Box>
      <Typography sx={{ mb: 2.5, maxWidth: 900 }}>{t('timeSettings.intro')}</Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: '270px minmax(0, 1fr)' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <PartNav customerId={id} settings={data} current={part} />
        <PartPanel
          customerId={id}
          part={part}
          settings={data}
          error={actions.errorOf(part)}
          outOfOrder={warning?.part === part ? warning.earlier : []}
          onSave={save}
          onReview={review}
        />
      </Box>

      {dialog === 'copy' && (
        <CopySettingsDialog
          customerId={id}
          onClose={() => setDialog(null)}
          onCopied={(from) => {
            setDialog(null);
            setWarning(null);
            notify(t('copy.done', { from }), 'success', undefined, { forNextPage: true });
            navigate(partPath(id, 'workTime'));
          }}
        />
      )}
      {dialog === 'template' && (
        <SaveTemplateDialog
          customerId={id}
          onClose={() => setDialog(null)}
          onSaved={(template) => {
            setDialog(null);
            notify(t('templates.saved', { name: template.name }));
          }}
        />
      )}
    </>
  );
}

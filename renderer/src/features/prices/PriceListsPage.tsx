import { useRef, useState } from 'react';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PriceList } from '../../../../shared/schemas/invoices';
import { useQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { useNotify } from '../../components/Notifier';
import { PageHeader } from '../../components/PageHeader';
import { visuallyHidden } from '../../components/visuallyHidden';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { DeleteVersionDialog } from './DeleteVersionDialog';
import { ImportProblems, ImportWarningList } from './ImportProblems';
import { PriceVersionDialog } from './PriceVersionDialog';
import { usePriceImport } from './usePriceImport';
import { VersionList } from './VersionList';

/** The bureau's price lists for the collective invoice: new versions, imports, deletions. */
export function PriceListsPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useFormat();
  useDocumentTitle(t('prices.title'));
  const lists = useQuery('prices:list', {}, { refreshOn: ['invoices:changed'] });
  const fileInput = useRef<HTMLInputElement>(null);
  const importer = usePriceImport(lists.data);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<PriceList | null>(null);
  const replacing = importer.replacing;

  return (
    <>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        aria-label={t('prices.importInputLabel')}
        style={visuallyHidden}
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importer.read(file);
        }}
      />
      <PageHeader
        title={t('prices.title')}
        subtitle={`${t('prices.intro')} ${t('prices.monthRule')}`}
        before={<PricesBreadcrumbs />}
        actions={
          <>
            <Button
              variant="outlined"
              startIcon={<UploadFileOutlined />}
              onClick={() => fileInput.current?.click()}
              disabled={!lists.data}
            >
              {t('prices.importFile')}
            </Button>
            <Button
              variant="contained"
              startIcon={<AddIcon />}
              onClick={() => setCreating(true)}
              disabled={!lists.data}
            >
              {t('prices.newVersion')}
            </Button>
          </>
        }
      />
      {importer.failure && <ImportProblems failure={importer.failure} onClose={importer.dismiss} />}
      {importer.warned && (
        <ImportWarningList warned={importer.warned} onClose={importer.dismissWarnings} />
      )}
      <ErrorAlert error={lists.error} onRetry={lists.reload} />
      {lists.loading && <LoadingBlock label={t('prices.loading')} rows={6} />}
      {lists.data && <VersionList versions={lists.data} onDelete={setDeleting} />}
      {creating && lists.data && (
        <PriceVersionDialog
          versions={lists.data}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            notify(t('prices.saved', { date: format.date(saved.effectiveFrom) }));
          }}
        />
      )}
      <DeleteVersionDialog version={deleting} onClose={() => setDeleting(null)} />
      <ConfirmDialog
        open={!!replacing}
        title={t('prices.import.replaceTitle', {
          date: replacing ? format.date(replacing.input.effectiveFrom) : '',
        })}
        body={t('prices.import.replaceBody', { fileName: replacing?.fileName ?? '' })}
        confirmLabel={t('prices.import.replaceConfirm')}
        onConfirm={importer.confirmReplace}
        onClose={importer.cancelReplace}
      />
    </>
  );
}

function PricesBreadcrumbs() {
  const { t } = useTranslation();
  return (
    <Breadcrumbs sx={{ mb: 1 }} aria-label={t('prices.breadcrumbsLabel')}>
      <Link component={RouterLink} to="/bureau" underline="hover" color="inherit">
        {t('bureau.title')}
      </Link>
      <Typography color="text.primary">{t('prices.title')}</Typography>
    </Breadcrumbs>
  );
}

import { useCallback, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import PersonAddAlt1Outlined from '@mui/icons-material/PersonAddAlt1Outlined';
import type { GridRowSelectionModel } from '@mui/x-data-grid';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { UserFields, UserRow } from '../../../../shared/schemas/users';
import type { ApiError } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CustomerBreadcrumbs } from '../../components/CustomerBreadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { useNotify } from '../../components/Notifier';
import { PageHeader } from '../../components/PageHeader';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { InviteAllButton, InviteToolbar } from '../messaging/InviteToolbar';
import { useInviteActions } from '../messaging/useInviteActions';
import { setPendingFile } from '../userImport/readFile';
import { DropOverlay, useFileDrop } from '../userImport/useFileDrop';
import { UsersImportActions } from '../userImport/UsersImportActions';
import { errorText } from '../../i18n/errorText';
import { useFormat } from '../../i18n/useFormat';
import { BulkDialog } from './BulkDialog';
import { BulkToolbar } from './BulkToolbar';
import { CompletenessCard } from './CompletenessCard';
import { EmptyUsers } from './EmptyUsers';
import {
  filterUsers,
  filtersFromParams,
  filtersToParams,
  isFiltered,
  NO_FILTERS,
  type UserFilters,
} from './filterUsers';
import { LicencesDialog } from './LicencesDialog';
import { PrimaryContactWarning } from './PrimaryContactWarning';
import { LicencesPanel } from './LicencesPanel';
import { UserDialog } from './UserDialog';
import { UserFiltersBar } from './UserFiltersBar';
import { UsersGrid } from './UsersGrid';
import { useUserActions, type BulkField } from './useUserActions';
import { compareByName, fullName, indexUsers, summarizeUsers } from './userRules';
import { approveeNames, refusalText } from './userTexts';

type DialogState =
  | { kind: 'user'; row: UserRow | null }
  | { kind: 'bulk'; field: BulkField }
  | { kind: 'delete' }
  | { kind: 'licences' }
  | null;

const NO_SELECTION: GridRowSelectionModel = { type: 'include', ids: new Set() };

/**
 * Step 3 of the onboarding article: every user of the customer, complete with e-mail, employee
 * number, salary form and approver (a personnummer adds BankID), within the licences bought.
 */
export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const { id = '' } = useParams();
  const customer = useQuery('customers:get', { id }, { refreshOn: ['customers:changed'] });
  // Invitations change state as the outbox sends them: follow both.
  const users = useQuery(
    'users:list',
    { customerId: id },
    { refreshOn: ['users:changed', 'outbox:changed'] },
  );
  const licences = useQuery(
    'licences:get',
    { customerId: id },
    { refreshOn: ['users:changed', 'customers:changed'] },
  );
  const profiles = useQuery(
    'profiles:list',
    { customerId: id },
    { refreshOn: ['settings:changed', 'users:changed'] },
  );
  const actions = useUserActions(id);
  const invites = useInviteActions(id);
  const navigate = useNavigate();
  // A list dragged onto the page opens the import with it.
  const drop = useFileDrop((file) => {
    setPendingFile(id, file);
    void navigate(`/customers/${id}/users/import`);
  });
  const name = customer.data?.customer.name;
  useDocumentTitle(name ? `${t('users.title')} – ${name}` : t('users.title'));

  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, 150);
  // The filters start from the address (the checklist links to ?incomplete=1) and are kept
  // there; the page reads its own state, so a box ticks at once even with thousands of rows.
  const [params, setParams] = useSearchParams();
  const [filters, setFilterState] = useState(() => filtersFromParams(params));
  const [selection, setSelection] = useState<GridRowSelectionModel>(NO_SELECTION);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [blocked, setBlocked] = useState<string | null>(null);

  const all = users.data;
  const sorted = useMemo(() => [...(all ?? [])].sort(compareByName), [all]);
  const index = useMemo(() => indexUsers(sorted), [sorted]);
  // The list carries each user's missing fields: the completeness card counts them here.
  const summary = useMemo(() => summarizeUsers(sorted), [sorted]);
  const allFilters: UserFilters = { ...filters, query };
  const { role, incomplete, noEmail, notInvited, invitation } = filters;
  const rows = useMemo(
    () => filterUsers(sorted, { query, role, incomplete, noEmail, notInvited, invitation }),
    [sorted, query, role, incomplete, noEmail, notInvited, invitation],
  );
  const selected = useMemo(
    () => sorted.filter((row) => selection.ids.has(row.id)),
    [sorted, selection],
  );
  const profileList = useMemo(() => profiles.data ?? [], [profiles.data]);

  const setFilters = (next: Omit<UserFilters, 'query'>) => {
    setFilterState(next);
    setParams(filtersToParams(next), { replace: true });
  };
  const reloadLicences = licences.reload;

  const openEdit = useCallback((row: UserRow) => setDialog({ kind: 'user', row }), []);
  const saveRow = useCallback(
    async (fields: UserFields, previous: UserRow): Promise<UserRow> => {
      const outcome = await actions.save(previous, fields);
      if (!outcome.ok) throw outcome.error;
      return outcome.user;
    },
    [actions],
  );
  const onRefused = useCallback(
    (error: ApiError) => notify(refusalText(t, error), 'error'),
    [notify, t],
  );

  async function remove() {
    setDialog(null);
    const failure = await actions.remove(selected);
    if (!failure) {
      setBlocked(null);
      setSelection(NO_SELECTION);
      return;
    }
    if (failure.code === 'approver.hasApprovees') {
      const names = approveeNames(failure);
      setBlocked(
        names.length > 0
          ? t('users.remove.hasApprovees', { users: names.join(', ') })
          : t('users.remove.hasApproveesNoNames'),
      );
    } else {
      setBlocked(errorText(t, failure.code, failure.details));
    }
  }

  if (customer.error?.code === 'customer.notFound') {
    return <NotFoundPanel title={t('customer.notFoundTitle')} body={t('customer.notFoundBody')} />;
  }
  const failed = customer.error ?? users.error;
  if (failed && (!customer.data || !all)) {
    return (
      <ErrorAlert
        error={failed}
        onRetry={() => {
          customer.reload();
          users.reload();
        }}
      />
    );
  }
  if (!customer.data || !all) return <LoadingBlock label={t('users.loading')} />;

  const detail = customer.data.customer;
  const total = all.length;
  const selectedFirst = selected[0];

  return (
    <Box {...drop.handlers}>
      <DropOverlay open={drop.over} />
      <PageHeader
        title={t('users.title')}
        subtitle={`${detail.name} · ${detail.orgnr}`}
        before={
          <CustomerBreadcrumbs customerId={id} customerName={detail.name} page={t('users.title')} />
        }
        actions={
          <>
            <UsersImportActions customerId={id} canExport={total > 0} />
            {total > 0 && <InviteAllButton actions={invites} />}
            <Button
              variant="contained"
              startIcon={<PersonAddAlt1Outlined />}
              onClick={() => setDialog({ kind: 'user', row: null })}
            >
              {t('users.newUser')}
            </Button>
          </>
        }
      />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' },
          gap: 2,
          mb: 2.5,
          alignItems: 'stretch',
        }}
      >
        <CompletenessCard
          summary={summary}
          onShowIncomplete={() => setFilters({ ...filters, incomplete: true })}
        />
        {licences.data ? (
          <LicencesPanel state={licences.data} onChange={() => setDialog({ kind: 'licences' })} />
        ) : (
          <ErrorAlert error={licences.error} onRetry={licences.reload} />
        )}
      </Box>

      {total === 0 ? (
        <EmptyUsers onAdd={() => setDialog({ kind: 'user', row: null })} />
      ) : (
        <>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1.5, flexWrap: 'wrap' }}>
            <UserFiltersBar
              search={search}
              onSearch={setSearch}
              filters={filters}
              onChange={setFilters}
            />
            <Typography variant="body2" color="text.secondary" aria-live="polite">
              {isFiltered(allFilters) &&
                t('users.shown', {
                  shown: format.number(rows.length),
                  total: format.number(total),
                })}
            </Typography>
            {isFiltered(allFilters) && (
              <Button
                size="small"
                onClick={() => {
                  setSearch('');
                  setFilters(NO_FILTERS);
                }}
              >
                {t('users.filters.clear')}
              </Button>
            )}
          </Box>
          <BulkToolbar
            count={selected.length}
            onBulk={(field) => setDialog({ kind: 'bulk', field })}
            onDelete={() => setDialog({ kind: 'delete' })}
            onClear={() => setSelection(NO_SELECTION)}
          />
          <InviteToolbar selected={selected} actions={invites} />
          {blocked && (
            <Alert severity="error" sx={{ mb: 1 }} onClose={() => setBlocked(null)}>
              {blocked}
            </Alert>
          )}
          <ErrorAlert error={users.error} onRetry={users.reload} />
          {/* As tall as its rows, at most the window below the app bar (48) and a margin. */}
          <Box
            sx={{
              display: 'flex',
              flexDirection: 'column',
              maxHeight: 'calc(100vh - 96px)',
              minHeight: 260,
            }}
          >
            <UsersGrid
              rows={rows}
              index={index}
              profiles={profileList}
              loading={users.loading}
              selection={selection}
              onSelectionChange={setSelection}
              onEdit={openEdit}
              onSave={saveRow}
              onRefused={onRefused}
            />
          </Box>
        </>
      )}

      {dialog?.kind === 'user' && (
        <UserDialog
          customerId={id}
          row={dialog.row}
          index={index}
          profiles={profileList}
          licences={licences.data}
          onSave={actions.save}
          onLicencesChanged={reloadLicences}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'bulk' && (
        <BulkDialog
          field={dialog.field}
          rows={selected}
          index={index}
          profiles={profileList}
          onClose={() => setDialog(null)}
          onApply={(patch) => actions.bulkUpdate(selected, patch)}
        />
      )}
      {dialog?.kind === 'licences' && (
        <LicencesDialog
          customerId={id}
          state={licences.data}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            reloadLicences();
          }}
        />
      )}
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title={t('users.remove.title', { count: selected.length })}
        body={t('users.remove.body', {
          count: selected.length,
          name: selectedFirst ? fullName(selectedFirst) : '',
        })}
        confirmLabel={t('users.remove.confirm', { count: selected.length })}
        onConfirm={() => void remove()}
        onClose={() => setDialog(null)}
      >
        <PrimaryContactWarning rows={selected} />
      </ConfirmDialog>
    </Box>
  );
}

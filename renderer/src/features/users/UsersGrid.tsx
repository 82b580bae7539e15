import { useCallback, useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { DataGrid, useGridApiRef, type GridRowSelectionModel } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import type { UserFields, UserRow } from '../../../../shared/schemas/users';
import type { ReportingProfile } from '../../../../shared/settings/profiles';
import { ApiError, toApiError } from '../../api/client';
import { serverIssues } from '../collaboration/serverIssues';
import { colleagueOf } from '../../components/staleRefusal';
import { GridStaleDialog, type GridStale } from './GridStaleDialog';
import { useUserColumns, type Refusal } from './useUserColumns';
import { fieldsOf, sameFields, type UserIndex } from './userRules';

interface Props {
  rows: UserRow[];
  index: UserIndex;
  profiles: readonly ReportingProfile[];
  loading: boolean;
  selection: GridRowSelectionModel;
  onSelectionChange: (model: GridRowSelectionModel) => void;
  onEdit: (row: UserRow) => void;
  /** Saves one row's fields; resolves to the stored row, or rejects with an ApiError. */
  onSave: (fields: UserFields, previous: UserRow) => Promise<UserRow>;
  /** A refused inline save: say why (the cell stays open with the reason). */
  onRefused: (error: ApiError) => void;
}

function NoMatch() {
  const { t } = useTranslation();
  return (
    <Box sx={{ height: '100%', display: 'grid', placeItems: 'center' }}>
      <Typography color="text.secondary">{t('users.noMatch')}</Typography>
    </Box>
  );
}

const PAGE_SIZES = [25, 50, 100];
const EDITABLE = [
  'firstName',
  'lastName',
  'email',
  'mobile',
  'employeeNumber',
  'salaryForm',
  'role',
  'approverId',
  'profileId',
] as const satisfies readonly (keyof UserFields)[];

/** Which field an inline edit changed (cell editing changes one at a time). */
function changedField(next: UserRow, previous: UserRow): (typeof EDITABLE)[number] | null {
  return EDITABLE.find((field) => (next[field] ?? null) !== (previous[field] ?? null)) ?? null;
}

/**
 * The customer's users, 100 to a page (the community grid's cap), rows and columns virtualised.
 * Cells are edited in place and checked as you type with the services' own rules.
 */
export function UsersGrid({
  rows,
  index,
  profiles,
  loading,
  selection,
  onSelectionChange,
  onEdit,
  onSave,
  onRefused,
}: Props) {
  const { t } = useTranslation();
  const apiRef = useGridApiRef();
  const indexRef = useRef(index);
  const refusalRef = useRef<Refusal | null>(null);
  useEffect(() => {
    indexRef.current = index;
  }, [index]);
  const columns = useUserColumns({ indexRef, refusalRef, profiles, onEdit });
  // A colleague saved the row first: the dialog, with the typed value kept in the open cell.
  const [stale, setStale] = useState<GridStale | null>(null);
  const staleRef = useRef(false);

  const processRowUpdate = useCallback(
    async (next: UserRow, previous: UserRow): Promise<UserRow> => {
      const fields = fieldsOf(next);
      if (sameFields(fields, fieldsOf(previous))) return previous;
      refusalRef.current = null;
      staleRef.current = false;
      try {
        return await onSave(fields, previous);
      } catch (error) {
        const field = changedField(next, previous);
        const apiError = toApiError(error);
        const colleague = colleagueOf<UserRow>(apiError, 'user');
        if (colleague && field) {
          staleRef.current = true;
          setStale({ ...colleague, read: previous, field, typed: next[field] });
          throw apiError;
        }
        const issue = serverIssues(apiError.details).find((i) => i.field === field);
        // The value is filled in from the open cell when the grid reports the refusal.
        if (field) {
          refusalRef.current = {
            id: previous.id,
            field,
            value: undefined,
            code: issue?.code ?? apiError.code,
          };
        }
        throw apiError;
      }
    },
    [onSave],
  );

  const onProcessRowUpdateError = useCallback(
    (error: unknown) => {
      // The stale dialog says it all; the cell stays open with the typed value behind it.
      if (staleRef.current) return;
      const refusal = refusalRef.current;
      const api = apiRef.current;
      // Run the cell's check again so that it shows the services' reason where it was typed.
      if (refusal && api && api.getCellMode(refusal.id, refusal.field) === 'edit') {
        const value = api.state.editRows[refusal.id]?.[refusal.field]?.value;
        refusalRef.current = { ...refusal, value };
        void api.setEditCellValue({ id: refusal.id, field: refusal.field, value });
      }
      onRefused(error instanceof ApiError ? error : toApiError(error));
    },
    [apiRef, onRefused],
  );

  return (
    <>
      {stale && (
        <GridStaleDialog
          stale={stale}
          api={apiRef.current}
          index={index}
          profiles={profiles}
          onSave={onSave}
          onRefused={onRefused}
          onDone={() => setStale(null)}
        />
      )}
      <DataGrid
        apiRef={apiRef}
        aria-label={t('users.gridLabel')}
        rows={rows}
        columns={columns}
        loading={loading}
        rowHeight={44}
        // Only the rows are worth virtualising: every column (about 1,900 px) stays rendered, so
        // a sideways scroll never shows blank cells, and every cell of a row can be reached.
        columnBufferPx={2400}
        columnHeaderHeight={52}
        checkboxSelection
        disableRowSelectionOnClick
        disableRowSelectionExcludeModel
        // The toolbar above says how many are selected.
        hideFooterSelectedRowCount
        rowSelectionModel={selection}
        onRowSelectionModelChange={onSelectionChange}
        editMode="cell"
        processRowUpdate={processRowUpdate}
        onProcessRowUpdateError={onProcessRowUpdateError}
        pageSizeOptions={PAGE_SIZES}
        initialState={{ pagination: { paginationModel: { pageSize: 100, page: 0 } } }}
        slots={{ noRowsOverlay: NoMatch, noResultsOverlay: NoMatch }}
        slotProps={{ loadingOverlay: { variant: 'skeleton', noRowsVariant: 'skeleton' } }}
        sx={{
          '& .MuiDataGrid-columnHeaderTitle': {
            whiteSpace: 'normal',
            lineHeight: 1.25,
            fontSize: '0.8125rem',
          },
          '& .MuiChip-label': { fontSize: '0.75rem' },
          '& .tabular': { fontVariantNumeric: 'tabular-nums' },
          // A cell that refuses its value is outlined in the error colour while it stays open.
          '& .MuiDataGrid-cell.MuiDataGrid-cell--editing:has(.Mui-error)': {
            outline: '2px solid',
            outlineColor: 'error.main',
            outlineOffset: '-2px',
          },
        }}
      />
    </>
  );
}

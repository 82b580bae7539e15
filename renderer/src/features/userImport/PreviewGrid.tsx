import { useEffect, useMemo, useRef, type RefObject } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import { DataGrid, useGridApiRef, type GridApi, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportIssue,
  type ImportTable,
} from '../../../../shared/schemas/import';
import { visuallyHidden } from '../../components/visuallyHidden';
import { headerName } from './MappingCard';
import { issueText } from './importTexts';

export interface PreviewRow {
  id: number;
  line: number;
  cells: string[];
}

/** The services name a few fields as stored (approverId); the preview names them as mapped. */
function mappedField(field: string): string {
  if (field === 'approverId') return 'approver';
  if (field === 'profileId') return 'profile';
  return field;
}

interface Props {
  table: ImportTable;
  mapping: ColumnMapping;
  issuesByLine: ReadonlyMap<number, ImportIssue[]>;
  onlyErrors: boolean;
  onEdit: (line: number, column: number, value: string) => void;
}

const PAGE_SIZE = 100;

/** The first row with an error, and the grid column of its first erring mapped field. */
export function firstErrorCell(
  rows: readonly PreviewRow[],
  mapping: ColumnMapping,
  issuesByLine: ReadonlyMap<number, ImportIssue[]>,
): { index: number; line: number; field: string } | null {
  for (const [index, row] of rows.entries()) {
    const errors = (issuesByLine.get(row.line) ?? []).filter((i) => i.severity === 'error');
    if (errors.length === 0) continue;
    const column = errors
      .map((issue) => mapping[mappedField(issue.field) as keyof ColumnMapping])
      .find((c) => c !== undefined);
    return { index, line: row.line, field: column === undefined ? 'status' : `c${column}` };
  }
  return null;
}

/**
 * When a check's first answer arrives (a file read, no answer before): the page of the first
 * cell in error, scrolled to and focused, so that staff start where the file needs them, a row
 * far down a long list included. Later answers (after cell edits) leave the focus where it is.
 */
function useFocusFirstError(
  apiRef: RefObject<GridApi | null>,
  rows: readonly PreviewRow[],
  mapping: ColumnMapping,
  issuesByLine: ReadonlyMap<number, ImportIssue[]>,
) {
  const answered = useRef(false);
  useEffect(() => {
    const api = apiRef.current;
    if (issuesByLine.size === 0) answered.current = false;
    if (!api || answered.current || issuesByLine.size === 0) return;
    answered.current = true;
    const target = firstErrorCell(rows, mapping, issuesByLine);
    if (!target) return;
    api.setPage(Math.floor(target.index / PAGE_SIZE));
    // Rows measure their own height once drawn, which moves the ones below: keep the cell in
    // view for a few frames, until it is drawn and the rows above it have settled.
    let frames = 0;
    let frame = 0;
    let focused = false;
    const follow = () => {
      frames += 1;
      if (frames === 1) {
        api.scrollToIndexes({ rowIndex: target.index, colIndex: api.getColumnIndex(target.field) });
      }
      const cell = api.getCellElement(target.line, target.field);
      if (cell && !focused) {
        api.setCellFocus(target.line, target.field);
        focused = true;
      }
      cell?.scrollIntoView({ block: 'center', inline: 'nearest' });
      if (frames < 20) frame = requestAnimationFrame(follow);
    };
    frame = requestAnimationFrame(follow);
    return () => cancelAnimationFrame(frame);
  }, [apiRef, rows, mapping, issuesByLine]);
}

function NoRows({ text }: { text: string }) {
  return (
    <Box sx={{ height: '100%', display: 'grid', placeItems: 'center' }}>
      <Typography color="text.secondary">{text}</Typography>
    </Box>
  );
}

/** Step 3: every row with what the check says about it; a mapped cell can be corrected here. */
export function PreviewGrid({ table, mapping, issuesByLine, onlyErrors, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const apiRef = useGridApiRef();

  const rows = useMemo<PreviewRow[]>(() => {
    const all = table.rows.map((row) => ({ id: row.line, line: row.line, cells: row.cells }));
    if (!onlyErrors) return all;
    return all.filter((row) => issuesByLine.get(row.line)?.some((i) => i.severity === 'error'));
  }, [table.rows, onlyErrors, issuesByLine]);

  const columns = useMemo<GridColDef<PreviewRow>[]>(() => {
    const mapped = IMPORT_FIELDS.flatMap((field) => {
      const column = mapping[field];
      if (column === undefined) return [];
      const col: GridColDef<PreviewRow> = {
        field: `c${column}`,
        headerName: t(`import.fields.${field}`),
        description: headerName(t, table, column),
        minWidth:
          field === 'email' || field === 'fullName' ? 200 : field === 'personnummer' ? 150 : 110,
        flex: field === 'email' ? 1.2 : 1,
        editable: true,
        sortable: false,
        valueGetter: (_value, row) => row.cells[column] ?? '',
        valueSetter: (value, row) => {
          const cells = [...row.cells];
          while (cells.length < column) cells.push('');
          cells[column] = String(value ?? '');
          return { ...row, cells };
        },
        cellClassName: ({ row }) =>
          issuesByLine
            .get(row.line)
            ?.some((i) => i.severity === 'error' && mappedField(i.field) === field)
            ? 'import-cell--error'
            : '',
      };
      return [col];
    });
    return [
      {
        field: 'line',
        headerName: t('import.preview.line'),
        width: 64,
        type: 'number',
        cellClassName: 'tabular',
      },
      {
        field: 'status',
        headerName: t('import.preview.status'),
        width: 280,
        sortable: false,
        valueGetter: (_value, row) =>
          (issuesByLine.get(row.line) ?? []).map((i) => issueText(t, language, i)).join(' '),
        renderCell: ({ row }) => <StatusCell issues={issuesByLine.get(row.line) ?? []} />,
      },
      ...mapped,
    ];
  }, [mapping, table, issuesByLine, t, language]);
  useFocusFirstError(apiRef, rows, mapping, issuesByLine);

  return (
    <DataGrid
      apiRef={apiRef}
      aria-label={t('import.preview.gridLabel')}
      rows={rows}
      columns={columns}
      getRowHeight={() => 'auto'}
      columnHeaderHeight={48}
      disableRowSelectionOnClick
      disableColumnMenu
      editMode="cell"
      processRowUpdate={(next: PreviewRow, previous: PreviewRow) => {
        next.cells.forEach((value, column) => {
          if (value !== (previous.cells[column] ?? '')) onEdit(next.line, column, value);
        });
        return next;
      }}
      pageSizeOptions={[PAGE_SIZE]}
      initialState={{ pagination: { paginationModel: { pageSize: PAGE_SIZE, page: 0 } } }}
      slots={{
        noRowsOverlay: () => <NoRows text={t('import.preview.noRows')} />,
        noResultsOverlay: () => <NoRows text={t('import.preview.noErrors')} />,
      }}
      sx={{
        '& .MuiDataGrid-cell': { py: 1, display: 'flex', alignItems: 'center' },
        '& .tabular': { fontVariantNumeric: 'tabular-nums' },
        '& .import-cell--error': {
          color: 'error.main',
          fontWeight: 500,
          boxShadow: (theme) => `inset 0 -2px 0 ${theme.palette.error.main}`,
        },
      }}
    />
  );
}

function StatusCell({ issues }: { issues: readonly ImportIssue[] }) {
  const { t, i18n } = useTranslation();
  if (issues.length === 0) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, color: 'success.dark' }}>
        <CheckCircleOutline fontSize="small" aria-hidden />
        <Typography variant="body2">{t('import.preview.ok')}</Typography>
      </Box>
    );
  }
  const sorted = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, whiteSpace: 'normal' }}>
      {sorted.map((issue, i) => {
        const error = issue.severity === 'error';
        const Icon = error ? ErrorOutline : WarningAmberOutlined;
        return (
          <Box
            component="li"
            key={`${issue.code}-${i}`}
            data-severity={issue.severity}
            sx={{
              display: 'flex',
              alignItems: 'flex-start',
              gap: 0.75,
              color: error ? 'error.main' : 'warning.dark',
            }}
          >
            <Icon sx={{ fontSize: 18, mt: '2px' }} aria-hidden />
            <Typography variant="body2">
              <Box component="span" sx={visuallyHidden}>
                {t(error ? 'import.preview.errorPrefix' : 'import.preview.warningPrefix')}{' '}
              </Box>
              {issueText(t, i18n.language, issue)}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
}

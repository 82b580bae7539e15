import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { SxProps, Theme } from '@mui/material/styles';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { HiddenHeaderCell } from '../../../components/HiddenHeaderCell';

export interface Column {
  label: string;
  sx?: SxProps<Theme>;
}

interface Props {
  /** Names the table: the words of the heading above it. */
  label: string;
  columns: readonly Column[];
  /** The field array's rows (react-hook-form's fields, keyed by their id). */
  rows: readonly { id: string }[];
  /** A row's fields, one a column. */
  cells: (index: number) => ReactNode[];
  removeLabel: (index: number) => string;
  onRemove: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
}

/** A field in a cell: the column heads it, and this names it with its row for screen readers. */
export const labelled = (text: string) => ({ htmlInput: { 'aria-label': text } });

/** Rows of fields, each with its remove button, and a button below to add one. */
export function RowsTable(props: Props) {
  const { t } = useTranslation();
  const { columns, rows } = props;
  return (
    <>
      {rows.length > 0 && (
        <Table size="small" aria-label={props.label} sx={{ mb: 1 }}>
          <TableHead>
            <TableRow>
              {columns.map((column) => (
                <TableCell key={column.label} sx={column.sx}>
                  {column.label}
                </TableCell>
              ))}
              <HiddenHeaderCell sx={{ width: 56 }} label={t('timeSettings.remove')} />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => (
              <TableRow key={row.id} sx={{ verticalAlign: 'top' }}>
                {props.cells(index).map((cell, i) => (
                  // Flush with the table's edges, in line with the heading and the text above.
                  <TableCell key={columns[i]?.label} sx={i === 0 ? { pl: 0 } : undefined}>
                    {cell}
                  </TableCell>
                ))}
                <TableCell sx={{ pr: 0 }}>
                  <IconButton
                    aria-label={props.removeLabel(index)}
                    onClick={() => props.onRemove(index)}
                  >
                    <DeleteOutlined />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Button startIcon={<AddIcon />} onClick={props.onAdd}>
        {props.addLabel}
      </Button>
    </>
  );
}

import type { ReactElement } from 'react';
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import {
  GridEditInputCell,
  GridEditSingleSelectCell,
  useGridApiContext,
  type GridRenderEditCellParams,
} from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../../shared/schemas/users';

/** What preProcessEditCellProps adds to a cell's edit props: the translated reason it is refused. */
export interface CellErrorProps {
  error?: boolean;
  errorText?: string;
}

type Params = GridRenderEditCellParams<UserRow> & CellErrorProps;

/** The reason a cell's value cannot be saved, shown on the cell for as long as it stands. */
function ErrorTip({ message, children }: { message?: string; children: ReactElement }) {
  const { t } = useTranslation();
  return (
    <Tooltip
      open={!!message}
      title={
        message ? (
          <>
            {message}
            <Box component="span" sx={{ display: 'block', mt: 0.5, opacity: 0.85 }}>
              {t('users.invalidHint')}
            </Box>
          </>
        ) : (
          ''
        )
      }
      placement="bottom-start"
      disableInteractive
      slotProps={{
        tooltip: { sx: { bgcolor: 'error.main', fontSize: '0.8125rem', maxWidth: 360 } },
        arrow: { sx: { color: 'error.main' } },
      }}
    >
      {children}
    </Tooltip>
  );
}

/** A text cell in edit mode: checked as you type, its error on the cell. */
export function TextEditCell({ errorText, ...params }: Params) {
  return (
    <ErrorTip message={errorText}>
      <GridEditInputCell
        {...params}
        // Checked on every keystroke (the rules are quick): with the grid's 200 ms debounce an
        // Enter typed straight after the text found the check still running and was ignored.
        debounceMs={0}
        error={!!errorText}
        slotProps={{
          root: {
            slotProps: {
              htmlInput: {
                'aria-label': params.colDef.headerName,
                'aria-invalid': !!errorText,
              },
            },
          },
        }}
      />
    </ErrorTip>
  );
}

/**
 * A choice cell in edit mode: choosing commits at once (the grid would wait for Enter), unless
 * the rules refuse the choice, which then stays on the cell with its reason.
 */
export function SelectEditCell({ errorText, ...params }: Params) {
  const apiRef = useGridApiContext();
  return (
    <ErrorTip message={errorText}>
      <GridEditSingleSelectCell
        {...params}
        error={!!errorText}
        slotProps={{
          root: { slotProps: { htmlInput: { 'aria-label': params.colDef.headerName } } },
        }}
        onValueChange={() => {
          // setEditCellValue has run the rules by now; stopping refuses while they object.
          if (apiRef.current.getCellMode(params.id, params.field) === 'edit') {
            apiRef.current.stopCellEditMode({ id: params.id, field: params.field });
          }
        }}
      />
    </ErrorTip>
  );
}

import { createTheme } from '@mui/material/styles';
import { svSE as coreSv } from '@mui/material/locale';
import { svSE as chartsSv } from '@mui/x-charts/locales';
import { svSE as gridSv } from '@mui/x-data-grid/locales';
import type {} from '@mui/x-data-grid/themeAugmentation';
import type { Language } from '../../../shared/schemas/app';
import { gridLocaleSvExtra } from './gridLocaleSv';

/** No web fonts: the system's own UI font on every platform. */
const FONT_STACK = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export function createAppTheme(language: Language) {
  const locales =
    language === 'sv'
      ? [
          coreSv,
          gridSv,
          chartsSv,
          { components: { MuiDataGrid: { defaultProps: { localeText: gridLocaleSvExtra } } } },
        ]
      : [];
  return createTheme(
    {
      palette: {
        primary: { main: '#1d5fa3' },
        secondary: { main: '#5b6b7f' },
        background: { default: '#f5f7fa', paper: '#ffffff' },
      },
      shape: { borderRadius: 8 },
      typography: {
        fontFamily: FONT_STACK,
        h4: { fontSize: '1.75rem', fontWeight: 600 },
        h5: { fontSize: '1.3rem', fontWeight: 600 },
        h6: { fontSize: '1.1rem', fontWeight: 600 },
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiPaper: { defaultProps: { elevation: 0 } },
        MuiCard: { defaultProps: { variant: 'outlined' } },
        MuiTooltip: { defaultProps: { arrow: true } },
        // Fields stay white on tinted cards and the grey page.
        MuiOutlinedInput: { styleOverrides: { root: { backgroundColor: '#ffffff' } } },
        MuiDataGrid: {
          styleOverrides: {
            root: { backgroundColor: '#ffffff' },
            columnHeaderTitle: { fontWeight: 600 },
          },
        },
      },
    },
    ...locales,
  );
}

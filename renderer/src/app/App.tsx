import { useMemo, useSyncExternalStore } from 'react';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { createHashRouter, RouterProvider } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { isUnauthorized, subscribeUnauthorized } from '../api/authState';
import { NotifierProvider } from '../components/Notifier';
import { AppRoutes } from './AppRoutes';
import { CoreRestartedNotice } from './CoreRestartedNotice';
import { ErrorBoundary } from './ErrorBoundary';
import { createAppTheme } from './theme';
import { Unauthorized } from './Unauthorized';
import { usePreferredLanguage } from './usePreferredLanguage';

/**
 * A data router (not <HashRouter>): only it lets a form with unsaved changes hold a navigation
 * and ask first (useBlocker). The routes themselves stay in AppRoutes. The notifier lives inside
 * it: a message closes when staff change page.
 */
const router = createHashRouter([
  {
    path: '*',
    element: (
      <NotifierProvider>
        <CoreRestartedNotice />
        <AppRoutes />
      </NotifierProvider>
    ),
  },
]);

export function App() {
  const { i18n, t } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const theme = useMemo(() => createAppTheme(language), [language]);
  const unauthorized = useSyncExternalStore(subscribeUnauthorized, isUnauthorized);
  const ready = usePreferredLanguage();

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary>
        {unauthorized ? (
          <Unauthorized />
        ) : !ready ? (
          <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
            <CircularProgress aria-label={t('app.loading')} />
          </Box>
        ) : (
          <RouterProvider router={router} />
        )}
      </ErrorBoundary>
    </ThemeProvider>
  );
}

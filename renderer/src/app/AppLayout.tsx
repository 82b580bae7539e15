import { Suspense, useEffect } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { NavDrawer } from './NavDrawer';
import { TeamStatusBanner } from '../features/database/TeamStatusBanner';

/** App bar on top, navigation on the left, the routed screen in the rest (the page scrolls). */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // A new screen starts at its top, not where the last one was scrolled to.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar variant="dense">
          <Typography variant="h6" component="div" sx={{ fontWeight: 700 }}>
            {t('app.title')}
          </Typography>
        </Toolbar>
      </AppBar>
      <NavDrawer />
      <Box component="main" sx={{ flex: 1, minWidth: 0, px: 3, pb: 3 }}>
        <Toolbar variant="dense" />
        <Box sx={{ pt: 3 }}>
          <TeamStatusBanner />
          <ErrorBoundary resetKey={pathname}>
            <Suspense fallback={<LinearProgress aria-label={t('app.loading')} />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Box>
      </Box>
    </Box>
  );
}

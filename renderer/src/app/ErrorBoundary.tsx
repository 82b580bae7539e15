import { Component, type ErrorInfo, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { i18n } from '../i18n';

interface Props {
  children: ReactNode;
  /** Changing it (e.g. the route) clears the error. */
  resetKey?: string;
}

interface State {
  failed: boolean;
  resetKey?: string;
}

/** Catches a rendering error so one broken view never leaves a blank window. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { failed: false, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The developer console is the only log the renderer has; no personal data is in a stack.
    console.error('Kundstart view crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const t = i18n.t.bind(i18n);
    return (
      <Box sx={{ p: 4, maxWidth: 720 }}>
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={() => window.location.reload()}>
              {t('app.crashReload')}
            </Button>
          }
        >
          <AlertTitle>{t('app.crashTitle')}</AlertTitle>
          {t('app.crashBody')}
        </Alert>
      </Box>
    );
  }
}

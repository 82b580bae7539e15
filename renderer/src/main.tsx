import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { initTransport } from './api/client';
import { App } from './app/App';
import { initI18n } from './i18n';

// The transport is chosen once, before anything calls it (and the token leaves the address bar).
initTransport();
const i18n = initI18n('sv');

const container = document.getElementById('root');
if (!container) throw new Error('Kundstart: #root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);

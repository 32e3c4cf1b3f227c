import { I18nProvider } from '@lingui/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { activateLocale, i18n, initialLocale } from './i18n/i18n';
import './styles/tokens.css';
import './styles/base.css';
import './ui/table.css';
import './styles/room.css';

// The first screen is already in the person's language: load its catalog, then render.
void activateLocale(initialLocale()).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
});

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { langFromLocale } from '../core/i18n/lang';
import './styles/theme.css';
import './styles/app.css';
import { prestartCheckWorker } from './worker/prestartedCheckWorker';

prestartCheckWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary lang={langFromLocale(navigator.language)} message="app.boundary.app" recover="reload">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);

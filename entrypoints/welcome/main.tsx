import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/ui/theme.css';
import { refuseInUiLanguage } from '@/utils/i18n/zod-language';
import './welcome.css';
import { t, uiLocale } from '@/utils/i18n';
import { Welcome } from './Welcome';

// The page speaks the browser’s UI language (the HTML says English until this runs).
document.documentElement.lang = uiLocale();
document.title = t('welcomeTitle');
refuseInUiLanguage();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Welcome />
    </StrictMode>,
  );
}

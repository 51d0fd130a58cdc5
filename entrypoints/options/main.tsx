import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/ui/theme.css';
import { refuseInUiLanguage } from '@/utils/i18n/zod-language';
import './dashboard.css';
import { Dashboard } from './Dashboard';

refuseInUiLanguage();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Dashboard />
    </StrictMode>,
  );
}

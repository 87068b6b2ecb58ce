import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { setDisplayLocale } from '../../shared/format/dates';
import './styles/theme.css';
import './styles/layout.css';
import './styles/components.css';

// Dates follow the operating system's language and region (Electron passes it to navigator.language).
setDisplayLocale(navigator.language);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

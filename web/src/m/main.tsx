import '../i18n/index.ts';
import './m.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MemberApp } from './MemberApp.tsx';

// The member site must stay tiny on phones: no antd here, only React, the router and i18next.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MemberApp />
  </StrictMode>,
);

import './receipt.css';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * What goes on paper: rendered at the end of <body>, hidden on screen, and on print the only thing
 * shown (receipt.css hides every other child of <body>, including antd's modal portals).
 */
export function PrintArea({ children }: { children: ReactNode }) {
  return createPortal(
    <div className="md-print-area" data-testid="print-area">
      {children}
    </div>,
    document.body,
  );
}

/** Opens the browser's print dialog (or prints at once in kiosk mode) after the area has rendered. */
export function printNow(): void {
  window.setTimeout(() => window.print(), 50);
}

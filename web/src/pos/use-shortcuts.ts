import { useEffect, useRef } from 'react';

/** A handler returns false to let the key through (e.g. Delete while a code is being typed). */
type Handlers = Record<string, () => unknown>;

const FUNCTION_KEY = /^F\d{1,2}$/;

/**
 * Till-wide keys on the window. F-keys never reach the browser (F5 would reload mid-sale, F3 opens
 * find); handlers run only when `active` (no dialog open: dialogs own their keys).
 */
export function useShortcuts(active: boolean, handlers: Handlers): void {
  const ref = useRef({ active, handlers });
  ref.current = { active, handlers };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const fn = FUNCTION_KEY.test(event.key) && event.key !== 'F12';
      if (fn) event.preventDefault();
      const { active: on, handlers: map } = ref.current;
      if (!on) return;
      const name = event.altKey ? `Alt+${event.key.toLowerCase()}` : event.key;
      const handler = map[name];
      if (!handler) return;
      // Arrows and Escape belong to whatever else has focus (a select, a date picker).
      const target = event.target as HTMLElement | null;
      const inScanner = target?.dataset.testid === 'scan-input';
      if (!fn && !event.altKey && target && target !== document.body && !inScanner) return;
      if (handler() === false) return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

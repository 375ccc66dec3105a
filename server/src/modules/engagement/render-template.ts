/**
 * Fills `{{name}}`-style variables; an unknown variable renders empty rather than leaking the
 * placeholder to a customer. Variables: name, level, balance (yuan), days, card, store.
 */
export function renderTemplate(
  template: string,
  vars: Record<string, string | number | null | undefined>,
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    const value = vars[key];
    return value === null || value === undefined ? '' : String(value);
  });
}

export const TEMPLATE_VARIABLES = ['name', 'level', 'balance', 'days', 'card'] as const;

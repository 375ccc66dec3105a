import { afterAll } from 'vitest';
import { queryViolations } from './db.ts';

// Runs in every database test file: a product statement on a tenant table without tenant_id fails it.
afterAll(() => {
  if (!queryViolations.length) return;
  const list = queryViolations
    .map((v) => `- [${v.tables.join(', ')}] ${v.sql.slice(0, 300)}\n    from ${v.caller}`)
    .join('\n');
  throw new Error(`Statements on tenant tables without a tenant_id predicate:\n${list}`);
});

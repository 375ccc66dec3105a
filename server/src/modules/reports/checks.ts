import type { DatabaseHandle } from '../../db/connection.ts';
import { factDifferences } from './rebuild-facts.ts';

/** `cli check`: every tenant's daily facts equal what its raw order, recharge and member rows give. */
export const FACT_CHECKS = [
  {
    name: 'daily facts: every figure equals its aggregation of the raw rows',
    async run({ db }: DatabaseHandle): Promise<string[]> {
      const tenants = await db.selectFrom('tenants').select(['tenant_id', 'code']).execute();
      const problems: string[] = [];
      for (const t of tenants)
        for (const p of await factDifferences(db, t.tenant_id)) problems.push(`tenant ${t.code}: ${p}`);
      return problems.slice(0, 50);
    },
  },
];

import { sql } from 'kysely';
import type { DatabaseHandle } from '../../db/connection.ts';

/** The feedback invariants `cli check` proves (listed in ops/check.ts). */
export const FEEDBACK_CHECKS: { name: string; run(handle: DatabaseHandle): Promise<string[]> }[] = [
  {
    name: 'feedback: every complaint is in the status its history last moved it to',
    async run({ db }) {
      const rows = await db
        .selectFrom('complaints as c')
        .innerJoin('complaint_notes as n', (j) =>
          j.onRef('n.tenant_id', '=', 'c.tenant_id').onRef('n.complaint_id', '=', 'c.id'),
        )
        .select(['c.id', 'c.status', 'n.to_status'])
        .where(
          'n.seq',
          '=',
          sql<number>`(select max(m.seq) from complaint_notes m
             where m.tenant_id = c.tenant_id and m.complaint_id = c.id and m.to_status is not null)`,
        )
        .whereRef('n.to_status', '!=', 'c.status')
        .limit(20)
        .execute();
      return rows.map((r) => `complaint ${r.id} is ${r.status} but its history ends at ${r.to_status}`);
    },
  },
  {
    name: 'feedback: a done follow-up task has its outcome and close time, an open one neither',
    async run({ db }) {
      const rows = await db
        .selectFrom('follow_up_tasks')
        .select(['tenant_id', 'id', 'status'])
        .where((eb) =>
          eb.or([
            eb.and([
              eb('status', '=', 'done'),
              eb.or([eb('outcome', 'is', null), eb('closed_at', 'is', null)]),
            ]),
            eb.and([
              eb('status', '=', 'open'),
              eb.or([eb('outcome', 'is not', null), eb('closed_at', 'is not', null)]),
            ]),
          ]),
        )
        .limit(20)
        .execute();
      return rows.map((r) => `follow-up task ${r.id} is ${r.status} with the wrong closing fields`);
    },
  },
];

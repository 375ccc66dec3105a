import { describe, expect, it } from 'vitest';
import { auditQuery } from './query-audit.ts';

const tables = new Set(['members', 'orders', 'tenants', 'job_runs']);

describe('query audit (every product statement on a tenant table names tenant_id)', () => {
  it('passes statements that carry tenant_id for every tenant table they touch', () => {
    expect(auditQuery('select * from "members" where "tenant_id" = ? and "id" = ?', tables)).toBeNull();
    expect(
      auditQuery(
        'select * from "orders" inner join "members" on "members"."tenant_id" = "orders"."tenant_id" and "members"."id" = "orders"."member_id" where "orders"."tenant_id" = ?',
        tables,
      ),
    ).toBeNull();
    expect(auditQuery('insert into "members" ("tenant_id", "id") values (?, ?)', tables)).toBeNull();
  });

  it('ignores reference and system tables, DDL and unknown names', () => {
    expect(auditQuery('select * from "tenants" where "code" = ?', tables)).toBeNull();
    expect(auditQuery('insert into "job_runs" ("job", "run_key") values (?, ?)', tables)).toBeNull();
    expect(auditQuery('create index "x" on "members" ("phone")', tables)).toBeNull();
    expect(auditQuery('select * from "arm"', tables)).toBeNull();
  });

  it('flags a statement without tenant_id, and a join that names it once for two tables', () => {
    expect(auditQuery('select * from "members" where "id" = ?', tables)?.tables).toEqual(['members']);
    expect(auditQuery('update members set status = ? where id = ?', tables)?.tables).toEqual(['members']);
    expect(
      auditQuery(
        'select * from "orders" join "members" on "members"."id" = "orders"."member_id" where "orders"."tenant_id" = ?',
        tables,
      )?.tables,
    ).toEqual(['orders', 'members']);
  });
});

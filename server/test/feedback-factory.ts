import { sql } from 'kysely';
import { expect } from 'vitest';
import { NON_TENANT_TABLES } from '../src/db/table-kinds.ts';
import type { TestApp } from './app.ts';
import { makeMember } from './members-factory.ts';
import { key, makeShop } from './sales-factory.ts';

export type Shop = Awaited<ReturnType<typeof makeShop>>;

/** A shop whose member has visited: a haircut by the service staff, paid by WeChat. */
export async function feedbackShop(t: TestApp, code: string) {
  const shop = await makeShop(t, code);
  const member = await makeMember(t.db.db, shop.chain.tenantId, {
    name: '王芳',
    homeStoreId: shop.chain.storeA.id,
  });
  return { ...shop, member };
}

/** A visit (order) of the member, with the given person credited on the haircut. */
export async function visit(
  t: TestApp,
  shop: Shop,
  memberId: string | null,
  staffUserId: string | null = shop.chain.users.staff.id,
) {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/orders',
    cookie: shop.cashier,
    body: {
      storeId: shop.chain.storeA.id,
      till: 'T1',
      memberId,
      lines: [
        {
          productId: shop.haircut.id,
          qty: 1,
          ...(staffUserId ? { staff: [{ userId: staffUserId, sharePercent: 100 }] } : {}),
        },
      ],
      payments: [{ method: 'wechat', amountCents: shop.haircut.price_cents, ref: 'wx' }],
    },
    headers: { 'idempotency-key': key('fb-sale') },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; orderNo: string; totalCents: number };
}

/**
 * Every row of one tenant, every table but sessions (sign-ins touch them): a refused request must
 * leave it unchanged. Each test has its own tenant, so this sees everything the test could write.
 */
export async function tenantDigest(t: TestApp, tenantId: string): Promise<string> {
  const q =
    t.db.dialect === 'sqlite'
      ? sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`
      : sql<{
          name: string;
        }>`select tablename as name from pg_tables where schemaname = current_schema() order by tablename`;
  const names = (await q.execute(t.db.db)).rows
    .map((r) => r.name)
    .filter((n) => !n.startsWith('kysely_') && !(n in NON_TENANT_TABLES) && n !== 'sessions');
  const parts: string[] = [];
  for (const name of names) {
    const rows = await t.db.db
      .selectFrom(name as 'members')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .execute();
    parts.push(`${name}:${JSON.stringify(rows.map((r) => JSON.stringify(r)).sort())}`);
  }
  return parts.join('\n');
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeUser } from '../../../test/factories.ts';
import { makeShop } from '../../../test/sales-factory.ts';

let t: TestApp;
let shop: Awaited<ReturnType<typeof makeShop>>;
let tech2: string;

beforeAll(async () => {
  t = await makeTestApp();
  shop = await makeShop(t);
  const { tenantId, storeA, storeB } = shop.chain;
  const both = { role: 'service_staff', storeIds: [storeA.id, storeB.id] };
  tech2 = (await makeUser(t.db.db, tenantId, { username: 'tech2', ...both })).id;
  const gone = await makeUser(t.db.db, tenantId, { username: 'gone', ...both });
  const off = await t.request({
    method: 'POST',
    url: `/api/v1/users/${gone.id}/disable`,
    cookie: shop.owner,
  });
  expect(off.statusCode).toBe(200);
});
afterAll(() => t.close());

const list = (storeId: string, cookie = shop.cashier) =>
  t.request({ method: 'GET', url: `/api/v1/sales/staff?storeId=${storeId}`, cookie });

describe(`till staff list on ${TEST_DIALECT}`, () => {
  it('lists the store’s active staff and the tenant-wide users, service staff first, by name', async () => {
    const u = shop.chain.users;
    const a = await list(shop.chain.storeA.id);
    expect(a.statusCode).toBe(200);
    expect(a.json()).toEqual([
      { userId: u.staff.id, displayName: 'staff', roleCodes: ['service_staff'] },
      { userId: tech2, displayName: 'tech2', roleCodes: ['service_staff'] },
      { userId: u.cashier.id, displayName: 'cashier', roleCodes: ['cashier'] },
      { userId: u.finance.id, displayName: 'finance', roleCodes: ['finance'] },
      { userId: u.manager.id, displayName: 'manager', roleCodes: ['store_manager'] },
      { userId: u.owner.id, displayName: 'owner', roleCodes: ['owner'] },
    ]);
    const b = await list(shop.chain.storeB.id, await t.signIn('cashierb', shop.chain.code));
    expect(b.statusCode).toBe(200);
    expect(b.json()).toEqual([
      { userId: tech2, displayName: 'tech2', roleCodes: ['service_staff'] },
      { userId: u.cashierB.id, displayName: 'cashierb', roleCodes: ['cashier'] },
      { userId: u.finance.id, displayName: 'finance', roleCodes: ['finance'] },
      { userId: u.owner.id, displayName: 'owner', roleCodes: ['owner'] },
    ]);
  });

  it('needs pos.sell and the store', async () => {
    const staff = await list(shop.chain.storeA.id, await t.signIn('staff', shop.chain.code));
    expect(staff.statusCode).toBe(403);
    expect(staff.json().error.code).toBe('FORBIDDEN');
    const other = await list(shop.chain.storeA.id, await t.signIn('cashierb', shop.chain.code));
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('STORE_FORBIDDEN');
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/sales/staff?storeId=${shop.chain.storeA.id}` }))
        .statusCode,
    ).toBe(401);
  });
});

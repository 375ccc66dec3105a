import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, makeUser, T0 } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { makeProduct } from '../../../test/products-factory.ts';

let t: TestApp;
const HOUR = 3_600_000;
/** T0 is Monday 2026-03-02 10:00 in Asia/Shanghai. */
const at = (hoursFromT0: number) => new Date(T0.getTime() + hoursFromT0 * HOUR).toISOString();

beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

describe(`我的预约 on ${TEST_DIALECT}`, () => {
  it('a service staff member lists only the bookings they serve; the store’s calendar stays as it was', async () => {
    const chain = await makeChain(t.db.db, 'mine');
    const cashier = await t.signIn('cashier', 'mine');
    const staff = await t.signIn('staff', 'mine');
    const other = await makeUser(t.db.db, chain.tenantId, {
      username: 'staff2',
      role: 'service_staff',
      storeIds: [chain.storeA.id],
    });
    const service = await makeProduct(t.db.db, chain.tenantId, {
      kind: 'service',
      sku: 'MASSAGE',
      name: '按摩',
      duration_minutes: 60,
      track_stock: 0,
    });
    const member = await makeMember(t.db.db, chain.tenantId, { homeStoreId: chain.storeA.id });
    const book = async (startsAt: string, staffUserId?: string) => {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/appointments',
        cookie: cashier,
        body: {
          storeId: chain.storeA.id,
          memberId: member.id,
          serviceId: service.id,
          startsAt,
          ...(staffUserId ? { staffUserId } : {}),
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const mine1 = await book(at(24), chain.users.staff.id);
    const theirs = await book(at(24), other.id);
    const anyone = await book(at(25));
    const mine2 = await book(at(26), chain.users.staff.id);

    const list = async (query: string) => {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/appointments?storeId=${chain.storeA.id}&from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(7 * 24))}${query}`,
        cookie: staff,
      });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { id: string }[]).map((a) => a.id);
    };
    expect(await list('&mine=true')).toEqual([mine1, mine2]);
    // mine wins over someone else's id given with it.
    expect(await list(`&mine=true&staffUserId=${other.id}`)).toEqual([mine1, mine2]);
    // appointments.read still shows the whole store's calendar, as before.
    expect((await list('')).sort()).toEqual([mine1, theirs, anyone, mine2].sort());
    // Another store's calendar stays closed to them.
    const storeB = await t.request({
      method: 'GET',
      url: `/api/v1/appointments?storeId=${chain.storeB.id}&from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(24))}&mine=true`,
      cookie: staff,
    });
    expect(storeB.json().error.code).toBe('STORE_FORBIDDEN');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/schema.ts';
import { selectAuditEntries } from '../src/modules/audit/queries.ts';
import {
  selectRoles,
  selectRolesByIds,
  selectRolesOfUsers,
  selectSession,
  selectStoresOfUsers,
  selectUserByUsername,
  selectUsersByIds,
} from '../src/modules/auth/queries.ts';
import {
  selectStore,
  selectStoreByCode,
  selectStores,
  selectTenant,
} from '../src/modules/tenancy/queries.ts';
import { makeTestApp, type TestApp } from './app.ts';
import { TEST_DIALECT } from './db.ts';
import { makeChain } from './factories.ts';

/**
 * Every query function of the foundation, called with tenant B's id and tenant A's keys, returns
 * nothing: a tenant id is part of every lookup, not an afterthought.
 */
let t: TestApp;
let a: Awaited<ReturnType<typeof makeChain>>;
let b: Awaited<ReturnType<typeof makeChain>>;
let sessionA: string;

beforeAll(async () => {
  t = await makeTestApp();
  a = await makeChain(t.db.db, 'alpha');
  b = await makeChain(t.db.db, 'beta');
  await t.signIn('owner', 'alpha');
  const row = await t.db.db
    .selectFrom('sessions')
    .select('id')
    .where('tenant_id', '=', a.tenantId)
    .executeTakeFirstOrThrow();
  sessionA = row.id;
});
afterAll(() => t.close());

describe(`tenant isolation of queries on ${TEST_DIALECT}`, () => {
  it('finds A’s rows under A and nothing of A’s under B', async () => {
    const db: Db = t.db.db;
    const userIdsA = Object.values(a.users).map((u) => u.id);
    const roleIdsA = (await selectRoles(db, a.tenantId)).map((r) => r.id);
    const lookups: [string, (tenantId: string) => Promise<unknown[]>][] = [
      ['selectStores', (tid) => selectStores(db, tid, [a.storeA.id, a.storeB.id])],
      ['selectStore', async (tid) => [await selectStore(db, tid, a.storeA.id)].filter(Boolean)],
      [
        'selectStoreByCode',
        async (tid) => [await selectStoreByCode(db, tid, 'A')].filter((s) => s && s.id === a.storeA.id),
      ],
      [
        'selectTenant',
        async (tid) => [await selectTenant(db, tid)].filter((x) => x?.tenant_id === a.tenantId),
      ],
      ['selectUsersByIds', (tid) => selectUsersByIds(db, tid, userIdsA)],
      [
        'selectUserByUsername',
        async (tid) =>
          [await selectUserByUsername(db, tid, 'owner')].filter((u) => u && userIdsA.includes(u.id)),
      ],
      ['selectRolesOfUsers', (tid) => selectRolesOfUsers(db, tid, userIdsA)],
      ['selectStoresOfUsers', (tid) => selectStoresOfUsers(db, tid, userIdsA)],
      ['selectRolesByIds', (tid) => selectRolesByIds(db, tid, roleIdsA)],
      ['selectSession', async (tid) => [await selectSession(db, tid, sessionA)].filter(Boolean)],
      [
        'selectAuditEntries',
        async (tid) =>
          (await selectAuditEntries(db, { tenantId: tid, limit: 500 })).filter(
            (e) => e.entity_id === a.storeA.id,
          ),
      ],
    ];
    for (const [name, lookup] of lookups) {
      expect((await lookup(a.tenantId)).length, `${name} under A`).toBeGreaterThan(0);
      expect(await lookup(b.tenantId), `${name} under B`).toEqual([]);
    }
  });

  it('a session cookie cannot be replayed under another tenant id', async () => {
    const cookie = await t.signIn('owner', 'alpha');
    const token = cookie.slice(cookie.indexOf('.') + 1);
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/auth/me',
      cookie: `md_sid=${b.tenantId}.${token}`,
    });
    expect(res.statusCode).toBe(401);
  });

  it('B’s owner cannot reach A’s users or stores by id', async () => {
    const cookie = await t.signIn('owner', 'beta');
    const user = await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${a.users.cashier.id}`,
      cookie,
      body: { displayName: 'pwned' },
    });
    expect(user.json().error.code).toBe('USER_NOT_FOUND');
    const disable = await t.request({
      method: 'POST',
      url: `/api/v1/users/${a.users.cashier.id}/disable`,
      cookie,
    });
    expect(disable.json().error.code).toBe('USER_NOT_FOUND');
    const store = await t.request({
      method: 'PATCH',
      url: `/api/v1/stores/${a.storeA.id}`,
      cookie,
      body: { name: 'pwned' },
    });
    expect(store.json().error.code).toBe('STORE_NOT_FOUND');
    const roles = (await t.request({ method: 'GET', url: '/api/v1/roles', cookie })).json();
    const assign = await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${b.users.cashier.id}`,
      cookie,
      body: { storeIds: [a.storeA.id] },
    });
    expect(assign.json().error.code).toBe('STORE_NOT_FOUND');
    expect(roles.every((r: { id: string }) => !a.users.owner.roles.some((x) => x.id === r.id))).toBe(true);
    const names = await t.db.db
      .selectFrom('users')
      .select('display_name')
      .where('tenant_id', '=', a.tenantId)
      .execute();
    expect(names.map((n) => n.display_name)).not.toContain('pwned');
  });
});

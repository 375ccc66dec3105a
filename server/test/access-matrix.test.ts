import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from './app.ts';
import { TEST_DIALECT } from './db.ts';
import { makeChain } from './factories.ts';

/**
 * Role × store × tenant matrix for the users, roles, stores and audit endpoints: each actor gets
 * exactly the answer (status and visible rows) its role and stores allow.
 */
let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let other: Awaited<ReturnType<typeof makeChain>>;
const cookies: Record<string, string> = {};
type Who = 'owner' | 'finance' | 'manager' | 'cashier' | 'staff' | 'cashierb' | 'otherOwner' | 'anonymous';

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db, 'acme');
  other = await makeChain(t.db.db, 'other');
  for (const u of ['owner', 'finance', 'manager', 'cashier', 'staff', 'cashierb'] as const)
    cookies[u] = await t.signIn(u, 'acme');
  cookies.otherOwner = await t.signIn('owner', 'other');
});
afterAll(() => t.close());

const call = (who: Who, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
  t.request({ method, url, cookie: who === 'anonymous' ? undefined : cookies[who], body });

function expectStatus(results: Record<Who, number>, expected: Record<Who, number>) {
  expect(results).toEqual(expected);
}

async function statusOf(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  body?: (who: Who) => unknown,
) {
  const whos: Who[] = [
    'owner',
    'finance',
    'manager',
    'cashier',
    'staff',
    'cashierb',
    'otherOwner',
    'anonymous',
  ];
  const out = {} as Record<Who, number>;
  for (const who of whos) out[who] = (await call(who, method, url, body?.(who))).statusCode;
  return out;
}

describe(`access matrix on ${TEST_DIALECT}`, () => {
  it('GET /stores lists exactly the stores each actor may see', async () => {
    const seen: Record<string, string[]> = {};
    for (const who of [
      'owner',
      'finance',
      'manager',
      'cashier',
      'staff',
      'cashierb',
      'otherOwner',
    ] as const) {
      const res = await call(who, 'GET', '/api/v1/stores');
      expect(res.statusCode).toBe(200);
      seen[who] = res.json().map((s: { id: string }) => s.id);
    }
    const { storeA, storeB } = chain;
    expect(seen).toEqual({
      owner: [storeA.id, storeB.id],
      finance: [storeA.id, storeB.id],
      manager: [storeA.id],
      cashier: [storeA.id],
      staff: [storeA.id],
      cashierb: [storeB.id],
      otherOwner: [other.storeA.id, other.storeB.id],
    });
    expect((await call('anonymous', 'GET', '/api/v1/stores')).statusCode).toBe(401);
  });

  it('POST /stores needs stores.manage', async () => {
    let n = 0;
    const results = await statusOf('POST', '/api/v1/stores', () => ({ code: `N${n++}`, name: 'New' }));
    expectStatus(results, {
      owner: 201,
      finance: 403,
      manager: 403,
      cashier: 403,
      staff: 403,
      cashierb: 403,
      otherOwner: 201,
      anonymous: 401,
    });
  });

  it('PATCH /stores/:id of store A: the owner may; another tenant finds no such store', async () => {
    const results = await statusOf('PATCH', `/api/v1/stores/${chain.storeA.id}`, () => ({ phone: '123' }));
    expectStatus(results, {
      owner: 200,
      finance: 403,
      manager: 403,
      cashier: 403,
      staff: 403,
      cashierb: 403,
      otherOwner: 404,
      anonymous: 401,
    });
    const store = await t.db.db
      .selectFrom('stores')
      .selectAll()
      .where('id', '=', chain.storeA.id)
      .executeTakeFirstOrThrow();
    expect(store.phone).toBe('123');
  });

  it('GET /users: tenant-wide for owners, own stores for managers, nothing for cashiers', async () => {
    const results = await statusOf('GET', '/api/v1/users');
    expectStatus(results, {
      owner: 200,
      finance: 403,
      manager: 200,
      cashier: 403,
      staff: 403,
      cashierb: 403,
      otherOwner: 200,
      anonymous: 401,
    });
    const names = async (who: Who) =>
      (await call(who, 'GET', '/api/v1/users')).json().map((u: { username: string }) => u.username);
    expect(await names('owner')).toEqual(['cashier', 'cashierb', 'finance', 'manager', 'owner', 'staff']);
    expect(await names('manager')).toEqual(['cashier', 'manager', 'staff']);
  });

  it('a store manager creates users only in own stores and only with roles they could hold', async () => {
    const roles = (await call('owner', 'GET', '/api/v1/roles')).json() as { id: string; code: string }[];
    const roleId = (code: string) => roles.find((r) => r.code === code)!.id;
    const body = (username: string, role: string, storeIds: string[], allStores = false) => ({
      username,
      displayName: username,
      password: 'welcome123',
      roleIds: [roleId(role)],
      storeIds,
      allStores,
    });
    expect(
      (await call('manager', 'POST', '/api/v1/users', body('new1', 'cashier', [chain.storeA.id]))).statusCode,
    ).toBe(201);
    const otherStore = await call(
      'manager',
      'POST',
      '/api/v1/users',
      body('new2', 'cashier', [chain.storeB.id]),
    );
    expect(otherStore.json().error.code).toBe('STORE_FORBIDDEN');
    const everywhere = await call('manager', 'POST', '/api/v1/users', body('new3', 'cashier', [], true));
    expect(everywhere.json().error.code).toBe('STORE_FORBIDDEN');
    const escalate = await call('manager', 'POST', '/api/v1/users', body('new4', 'owner', [chain.storeA.id]));
    expect(escalate.json().error.code).toBe('FORBIDDEN');
    const notMine = await call('manager', 'PATCH', `/api/v1/users/${chain.users.cashierB.id}`, {
      displayName: 'x',
    });
    expect(notMine.json().error.code).toBe('STORE_FORBIDDEN');
    const cashier = await call(
      'cashier',
      'POST',
      '/api/v1/users',
      body('new5', 'cashier', [chain.storeA.id]),
    );
    expect(cashier.statusCode).toBe(403);
    const created = await t.db.db
      .selectFrom('users')
      .select('username')
      .where('tenant_id', '=', chain.tenantId)
      .where('username', 'like', 'new%')
      .execute();
    expect(created.map((u) => u.username)).toEqual(['new1']);
  });

  it('roles: read with users.read, change with roles.manage; a role never carries more than its creator holds', async () => {
    expectStatus(await statusOf('GET', '/api/v1/roles'), {
      owner: 200,
      finance: 403,
      manager: 200,
      cashier: 403,
      staff: 403,
      cashierb: 403,
      otherOwner: 200,
      anonymous: 401,
    });
    let n = 0;
    expectStatus(
      await statusOf('POST', '/api/v1/roles', () => ({
        code: `r${n++}x`,
        name: 'Custom',
        permissions: ['stores.read'],
      })),
      {
        owner: 201,
        finance: 403,
        manager: 403,
        cashier: 403,
        staff: 403,
        cashierb: 403,
        otherOwner: 201,
        anonymous: 401,
      },
    );
    const builtin = (
      (await call('owner', 'GET', '/api/v1/roles')).json() as { id: string; builtin: boolean }[]
    ).find((r) => r.builtin)!;
    const res = await call('owner', 'PATCH', `/api/v1/roles/${builtin.id}`, { name: 'x' });
    expect(res.json().error.code).toBe('BUILTIN_ROLE_READONLY');
    const otherTenantRole = await call('otherOwner', 'PATCH', `/api/v1/roles/${builtin.id}`, { name: 'x' });
    expect(otherTenantRole.json().error.code).toBe('ROLE_NOT_FOUND');
  });

  it('GET /audit: owner and finance see the tenant; a manager sees store A only; others nothing', async () => {
    expectStatus(await statusOf('GET', '/api/v1/audit'), {
      owner: 200,
      finance: 200,
      manager: 200,
      cashier: 403,
      staff: 403,
      cashierb: 403,
      otherOwner: 200,
      anonymous: 401,
    });
    const stores = async (who: Who) =>
      new Set(
        (
          (await call(who, 'GET', '/api/v1/audit?limit=200')).json().items as { storeId: string | null }[]
        ).map((e) => e.storeId),
      );
    expect([...(await stores('manager'))]).toEqual([chain.storeA.id]);
    expect(await stores('owner')).toContain(chain.storeB.id);
    const otherIds = await stores('otherOwner');
    expect(otherIds.has(chain.storeA.id) || otherIds.has(chain.storeB.id)).toBe(false);
  });

  it('settings: any signed-in user reads, only settings.manage changes', async () => {
    expectStatus(
      await statusOf('PATCH', '/api/v1/settings', () => ({ settings: { approvalThresholdCents: 50000 } })),
      {
        owner: 200,
        finance: 403,
        manager: 403,
        cashier: 403,
        staff: 403,
        cashierb: 403,
        otherOwner: 200,
        anonymous: 401,
      },
    );
    const mine = (await call('cashier', 'GET', '/api/v1/settings')).json();
    expect(mine.code).toBe('acme');
    expect(mine.settings.approvalThresholdCents).toBe(50000);
  });

  it('catalog: read by whoever sells, manages the catalog or reads stock; written with catalog.manage', async () => {
    expectStatus(await statusOf('GET', '/api/v1/products'), {
      owner: 200,
      finance: 200,
      manager: 200,
      cashier: 200,
      staff: 403,
      cashierb: 200,
      otherOwner: 200,
      anonymous: 401,
    });
    let n = 0;
    expectStatus(
      await statusOf('POST', '/api/v1/products', () => ({
        kind: 'goods',
        sku: `AM-${n++}`,
        name: '矩阵',
        priceCents: 100,
      })),
      {
        owner: 201,
        finance: 403,
        manager: 201,
        cashier: 403,
        staff: 403,
        cashierb: 403,
        otherOwner: 201,
        anonymous: 401,
      },
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain } from '../../../test/factories.ts';

let t: TestApp;
let cookie: string;
let chain: Awaited<ReturnType<typeof makeChain>>;

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db);
  cookie = await t.signIn('owner');
});
afterAll(() => t.close());

const audit = async (query = '') =>
  (await t.request({ method: 'GET', url: `/api/v1/audit${query}`, cookie })).json();

describe(`audit log on ${TEST_DIALECT}`, () => {
  it('records who changed what, with before and after, request id and address', async () => {
    const res = await t.request({
      method: 'PATCH',
      url: `/api/v1/stores/${chain.storeA.id}`,
      cookie,
      body: { name: '新名字' },
      headers: { 'x-request-id': 'req-audit-1' },
    });
    expect(res.statusCode).toBe(200);
    const { items } = await audit(`?entity=store&entityId=${chain.storeA.id}&action=store.update`);
    expect(items).toHaveLength(1);
    const [entry] = items;
    expect(entry.actorUserId).toBe(chain.users.owner.id);
    expect(entry.actorName).toBe('owner');
    expect(entry.storeId).toBe(chain.storeA.id);
    expect(entry.before.name).toBe('Store A');
    expect(entry.after.name).toBe('新名字');
    expect(entry.requestId).toBe('req-audit-1');
    expect(entry.ip).toBe('127.0.0.1');
  });

  it('never stores a password hash', async () => {
    const roles = (await t.request({ method: 'GET', url: '/api/v1/roles', cookie })).json();
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      cookie,
      body: {
        username: 'audited',
        displayName: 'A',
        password: 'topsecret99',
        roleIds: [roles[0].id],
        storeIds: [chain.storeA.id],
      },
    });
    expect(res.statusCode).toBe(201);
    const rows = await t.db.db.selectFrom('audit_log').select(['before', 'after']).execute();
    const all = JSON.stringify(rows);
    expect(all).not.toContain('argon2');
    expect(all).not.toContain('topsecret99');
  });

  it('rolls the entry back with a refused change', async () => {
    const before = (await audit('?limit=200')).items.length;
    const res = await t.request({
      method: 'PATCH',
      url: `/api/v1/stores/${chain.storeA.id}`,
      cookie,
      body: { code: 'B' },
    });
    expect(res.statusCode).toBe(409);
    expect((await audit('?limit=200')).items.length).toBe(before);
  });

  it('pages newest first with a cursor and no overlap', async () => {
    for (let i = 0; i < 5; i++) {
      t.clock.now = new Date(t.clock.now.getTime() + 1000);
      await t.request({
        method: 'PATCH',
        url: `/api/v1/stores/${chain.storeB.id}`,
        cookie,
        body: { phone: `p${i}` },
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string; at: string }[]; nextCursor: string | null } = await audit(
        `?entity=store&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const all = (await audit('?entity=store&limit=200')).items.map((e: { id: string }) => e.id);
    expect(seen).toEqual(all);
    const times = (await audit('?entity=store&limit=200')).items.map((e: { at: string }) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by actor, store and time', async () => {
    const byActor = (await audit(`?actorUserId=${chain.users.owner.id}&limit=200`)).items;
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((e: { actorUserId: string }) => e.actorUserId === chain.users.owner.id)).toBe(true);
    const future = (await audit(`?from=${new Date(t.clock.now.getTime() + 60_000).toISOString()}`)).items;
    expect(future).toEqual([]);
    const storeB = (await audit(`?storeId=${chain.storeB.id}&limit=200`)).items;
    expect(storeB.every((e: { storeId: string }) => e.storeId === chain.storeB.id)).toBe(true);
  });

  it('has no route that edits or deletes an entry', async () => {
    const [entry] = (await audit()).items;
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      const res = await t.request({
        method,
        url: `/api/v1/audit/${entry.id}`,
        cookie,
        body: method === 'DELETE' ? undefined : {},
      });
      expect(res.statusCode).toBe(404);
    }
    const writes = t.app.routeTable.filter(
      (r) => r.url.includes('/audit') && r.method !== 'GET' && r.method !== 'HEAD',
    );
    expect(writes).toEqual([]);
  });
});

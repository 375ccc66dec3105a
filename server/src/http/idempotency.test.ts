import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../test/app.ts';
import { TEST_DIALECT } from '../../test/db.ts';
import { makeChain } from '../../test/factories.ts';

let t: TestApp;
let cookie: string;
let otherCookie: string;

beforeAll(async () => {
  t = await makeTestApp();
  await makeChain(t.db.db, 'acme');
  await makeChain(t.db.db, 'other');
  cookie = await t.signIn('owner', 'acme');
  otherCookie = await t.signIn('owner', 'other');
});
afterAll(() => t.close());

const createStore = (key: string, body: unknown, who = cookie) =>
  t.request({
    method: 'POST',
    url: '/api/v1/stores',
    cookie: who,
    body,
    headers: { 'idempotency-key': key },
  });
const storesNamed = (name: string) =>
  t.db.db.selectFrom('stores').select(['id', 'tenant_id']).where('name', '=', name).execute();

describe(`Idempotency-Key on ${TEST_DIALECT}`, () => {
  it('a retry returns the first response and does the work once', async () => {
    const first = await createStore('key-retry-0001', { code: 'R1', name: 'retry' });
    expect(first.statusCode).toBe(201);
    const again = await createStore('key-retry-0001', { name: 'retry', code: 'R1' }); // same body, other key order
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await storesNamed('retry')).toHaveLength(1);
  });

  it('refuses the same key with a different body', async () => {
    await createStore('key-diff-0001', { code: 'D1', name: 'diff' });
    const res = await createStore('key-diff-0001', { code: 'D2', name: 'diff' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await storesNamed('diff')).toHaveLength(1);
  });

  it('runs concurrent requests with one key exactly once', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => createStore('key-race-0001', { code: 'C1', name: 'race' })),
    );
    const ok = results.filter((r) => r.statusCode === 201);
    // Every request either replays the one result or is told the first is still running.
    for (const r of results) expect([201, 409]).toContain(r.statusCode);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(new Set(ok.map((r) => r.json().id)).size).toBe(1);
    expect(await storesNamed('race')).toHaveLength(1);
  });

  it('stores nothing for a refused request, so the corrected retry runs', async () => {
    const refused = await createStore('key-fix-00001', { code: 'A', name: 'fix' }); // code A is taken
    expect(refused.json().error.code).toBe('STORE_CODE_TAKEN');
    const keys = await t.db.db
      .selectFrom('idempotency_keys')
      .select('key')
      .where('key', '=', 'key-fix-00001')
      .execute();
    expect(keys).toHaveLength(0);
    const fixed = await createStore('key-fix-00001', { code: 'A', name: 'fix' });
    expect(fixed.json().error.code).toBe('STORE_CODE_TAKEN'); // same request, same answer, still nothing stored
  });

  it('keeps keys per tenant', async () => {
    const a = await createStore('key-shared-001', { code: 'S1', name: 'shared' });
    const b = await createStore('key-shared-001', { code: 'S1', name: 'shared' }, otherCookie);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(a.json().id).not.toBe(b.json().id);
    expect(await storesNamed('shared')).toHaveLength(2);
  });

  it('forgets a key after 24 hours', async () => {
    await createStore('key-expire-001', { code: 'E1', name: 'expire' });
    t.clock.now = new Date(t.clock.now.getTime() + 24 * 3_600_000 + 1000);
    cookie = await t.signIn('owner', 'acme');
    const res = await createStore('key-expire-001', { code: 'E2', name: 'expire' });
    expect(res.statusCode).toBe(201);
    expect(await storesNamed('expire')).toHaveLength(2);
  });

  it('refuses malformed keys', async () => {
    const res = await createStore('short', { code: 'M1', name: 'bad key' });
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseDigest, makeTestApp, type TestApp } from '../../test/app.ts';
import { TEST_DIALECT } from '../../test/db.ts';
import { makeChain } from '../../test/factories.ts';

let t: TestApp;
let cookie: string;
let chain: Awaited<ReturnType<typeof makeChain>>;

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db);
  cookie = await t.signIn('owner');
});
afterAll(() => t.close());

/** Sends a request that must fail with `code` and leave every table exactly as it was. */
async function expectRefused(
  req: { method: 'POST' | 'PATCH'; url: string; payload: string | Buffer; contentType?: string },
  status: number,
  code: string,
) {
  const before = await databaseDigest(t.db);
  const res = await t.app.inject({
    method: req.method,
    url: req.url,
    headers: { cookie, 'content-type': req.contentType ?? 'application/json' },
    payload: req.payload,
  });
  expect(res.statusCode).toBe(status);
  const body = res.json();
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(res.body).not.toMatch(/at .*\.ts:\d+|select |insert into|SQLITE_|stack/i);
  expect(await databaseDigest(t.db)).toBe(before);
  return body.error;
}

describe(`error shape on ${TEST_DIALECT}`, () => {
  it('bad JSON', async () => {
    await expectRefused({ method: 'POST', url: '/api/v1/stores', payload: '{"code": "X",' }, 400, 'BAD_JSON');
  });

  it('an over-long or malformed path segment gets the error body too, not the router’s own', async () => {
    for (const url of [`/api/v1/stores/${'x'.repeat(300)}`, '/api/v1/stores/%E0%A4%A']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('unknown fields name the field', async () => {
    const error = await expectRefused(
      {
        method: 'POST',
        url: '/api/v1/stores',
        payload: JSON.stringify({ code: 'X9', name: 'n', is_admin: true }),
      },
      400,
      'VALIDATION_FAILED',
    );
    expect(JSON.stringify(error.details)).toContain('is_admin');
  });

  it('wrong types name the field', async () => {
    const error = await expectRefused(
      { method: 'POST', url: '/api/v1/stores', payload: JSON.stringify({ code: 'X9', name: 42 }) },
      400,
      'VALIDATION_FAILED',
    );
    expect(error.details.issues[0].field).toBe('body.name');
  });

  it('oversized bodies', async () => {
    await expectRefused(
      {
        method: 'POST',
        url: '/api/v1/stores',
        payload: JSON.stringify({ code: 'X9', name: 'x'.repeat(2 * 1024 * 1024) }),
      },
      413,
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('wrong content type', async () => {
    await expectRefused(
      {
        method: 'POST',
        url: '/api/v1/stores',
        payload: 'code=X9',
        contentType: 'application/x-www-form-urlencoded',
      },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('deeply nested JSON', async () => {
    await expectRefused(
      { method: 'POST', url: '/api/v1/stores', payload: `${'['.repeat(50_000)}${']'.repeat(50_000)}` },
      400,
      'VALIDATION_FAILED',
    );
  });

  it('a malformed id in the path', async () => {
    await expectRefused(
      { method: 'PATCH', url: '/api/v1/stores/not-a-uuid', payload: '{}' },
      400,
      'VALIDATION_FAILED',
    );
  });

  it('a business rule refusal changes nothing either', async () => {
    await expectRefused(
      { method: 'POST', url: '/api/v1/stores', payload: JSON.stringify({ code: 'A', name: 'dup' }) },
      409,
      'STORE_CODE_TAKEN',
    );
    await expectRefused(
      { method: 'PATCH', url: `/api/v1/stores/${chain.storeA.id}`, payload: JSON.stringify({ code: 'B' }) },
      409,
      'STORE_CODE_TAKEN',
    );
  });

  it('unknown API routes', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/nope', cookie });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('SQL and HTML in text fields are stored as text', async () => {
    const name = `'); drop table stores; -- <script>alert(1)</script> 店`;
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/stores',
      cookie,
      body: { code: 'INJ', name },
    });
    expect(res.statusCode).toBe(201);
    const row = await t.db.db
      .selectFrom('stores')
      .select('name')
      .where('code', '=', 'INJ')
      .executeTakeFirstOrThrow();
    expect(row.name).toBe(name);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../test/app.ts';
import { TEST_DIALECT } from '../../test/db.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

describe(`route table on ${TEST_DIALECT}`, () => {
  it('every API route states who may call it', () => {
    const api = t.app.routeTable.filter((r) => r.url.startsWith('/api/v1') && r.method !== 'HEAD');
    expect(api.length).toBeGreaterThan(15);
    const missing = api.filter((r) => r.auth === undefined).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('every documented operation has a unique camelCase operationId and a tag', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/docs/json' })).json();
    const ids: string[] = [];
    for (const [path, ops] of Object.entries(
      doc.paths as Record<string, Record<string, { operationId?: string; tags?: string[] }>>,
    )) {
      for (const [method, op] of Object.entries(ops)) {
        expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][a-zA-Z0-9]+$/);
        expect(op.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
        ids.push(op.operationId!);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('getHealth');
  });

  it('serves health without a session', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/health' });
    expect(res.json()).toEqual({ status: 'ok', dialect: TEST_DIALECT, version: expect.any(String) });
  });

  it('sends security headers', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-request-id']).toBeTruthy();
  });
});

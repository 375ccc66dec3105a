import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/shared/errors.ts';
import { uuidv7 } from '../src/shared/ids.ts';
import { databaseDigest, makeTestApp, type TestApp } from './app.ts';
import { TEST_DIALECT } from './db.ts';
import { key, makeRichMember, makeShop } from './sales-factory.ts';

/**
 * An API fuzzer driven by the OpenAPI document: every operation gets requests built from its own
 * schemas — some valid, most bent (wrong types, out of range, missing or extra fields, injection
 * and unicode strings, unknown ids) — from a signed-in owner. No answer may be a 5xx; every 4xx
 * carries a documented error code with its status; and no 4xx may change any table.
 */
type Schema = {
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  nullable?: boolean;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
};
type Operation = {
  parameters?: { in: string; name: string; required?: boolean; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};

const REQUESTS_PER_OPERATION = 14;
// Endpoints whose refusals change rows by design (a failed sign-in is counted, a wrong portal code
// spends one of its tries) or that end the fuzzer's own session.
const SKIP = [
  /^POST \/api\/v1\/auth\/(login|logout|logout-everywhere|password)$/,
  /^POST \/api\/v1\/portal\/(otp|session)$/,
];
const NASTY = [
  "' OR 1=1 --",
  '"; drop table members; --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '王伟🙂\u0000',
  '\u202e\u200b',
  'ａｂｃ',
  '%00%2e%2e%2f',
  '../../etc/passwd',
  ' ',
  'x'.repeat(5_000),
  '１２３',
  '-0',
  '1e309',
  'null',
];

let t: TestApp;
let cookie: string;
let ids: string[] = [];
let seed = 1;
const rand = () => {
  seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

beforeAll(async () => {
  t = await makeTestApp();
  const shop = await makeShop(t, 'fuzz');
  await makeRichMember(t, shop);
  cookie = shop.owner;
  // Real ids of every kind, so requests reach past the "not found" answers.
  const tables = [
    'members',
    'products',
    'stores',
    'users',
    'roles',
    'member_cards',
    'recharges',
    'orders',
    'shifts',
  ];
  for (const table of tables) {
    const rows = await t.db.db
      .selectFrom(table as 'members')
      .select('id')
      .limit(5)
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  // The fuzzer's own account stays out of reach, so its session survives the run.
  ids = [...new Set(ids)].filter((id) => id !== shop.chain.users.owner.id);
});
afterAll(() => t.close());

function deref(schema: Schema, doc: { components?: { schemas?: Record<string, Schema> } }): Schema {
  if (schema.$ref) return deref(doc.components?.schemas?.[schema.$ref.split('/').pop() ?? ''] ?? {}, doc);
  return schema;
}

/** A value for `schema`: mostly well-formed, sometimes bent in one of many ways. */
function valueFor(schema: Schema, doc: Parameters<typeof deref>[1], depth = 0): unknown {
  const s = deref(schema, doc);
  if (rand() < 0.08) return pick([null, -1, 0, 1.5, 2 ** 53, 'x', true, [], {}, pick(NASTY)]);
  const choices = s.anyOf ?? s.oneOf;
  if (choices) return valueFor(pick(choices), doc, depth);
  if (s.allOf) return valueFor(s.allOf[0] ?? {}, doc, depth);
  if (s.enum) return rand() < 0.9 ? pick(s.enum) : 'not-an-option';
  switch (s.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, prop] of Object.entries(s.properties ?? {})) {
        const required = s.required?.includes(name);
        if ((required && rand() < 0.95) || (!required && rand() < 0.5))
          out[name] = valueFor(prop, doc, depth + 1);
      }
      if (rand() < 0.05) out.unexpected = pick(NASTY);
      return out;
    }
    case 'array': {
      const n = depth > 3 ? 0 : Math.max(s.minItems ?? 0, Math.floor(rand() * 3));
      return Array.from({ length: n }, () => valueFor(s.items ?? {}, doc, depth + 1));
    }
    case 'integer':
    case 'number': {
      const lo = s.minimum ?? -1_000;
      const hi = s.maximum ?? 1_000_000;
      return pick([lo, hi, lo - 1, hi + 1, Math.floor(lo + rand() * Math.min(hi - lo, 1e9)), 0, -5, 0.5]);
    }
    case 'boolean':
      return rand() < 0.5;
    case 'string': {
      if (s.format === 'uuid')
        return rand() < 0.7 && ids.length ? pick(ids) : rand() < 0.5 ? uuidv7() : 'abc';
      if (s.format === 'date-time')
        return pick([new Date().toISOString(), '2026-13-45T99:00:00Z', 'yesterday']);
      if (rand() < 0.4) return pick(NASTY);
      const n = Math.max(s.minLength ?? 0, Math.min(s.maxLength ?? 12, 1 + Math.floor(rand() * 12)));
      return 'ab测试1'.repeat(n).slice(0, n);
    }
    default:
      return pick(['x', 1, null]);
  }
}

describe(`API fuzzing on ${TEST_DIALECT}`, () => {
  it('every endpoint: no 5xx, documented 4xx codes, and no 4xx changes the database', async () => {
    const res = await t.request({ method: 'GET', url: '/api/docs/json' });
    const doc = res.json() as { paths: Record<string, Record<string, Operation>> } & Parameters<
      typeof deref
    >[1];
    let digest = await databaseDigest(t.db, ['sessions']);
    const problems: string[] = [];
    let sent = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const name = `${method.toUpperCase()} ${path}`;
        if (SKIP.some((re) => re.test(name))) continue;
        for (let i = 0; i < REQUESTS_PER_OPERATION; i++) {
          let url = path;
          const query = new URLSearchParams();
          for (const p of op.parameters ?? []) {
            const v = valueFor(p.schema ?? {}, doc);
            if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(v)));
            else if (p.in === 'query' && (p.required || rand() < 0.5) && v !== null && typeof v !== 'object')
              query.set(p.name, String(v));
          }
          url = url.replace(/\{(\w+)\}/g, () => (ids.length ? pick(ids) : uuidv7()));
          const bodySchema = op.requestBody?.content['application/json']?.schema;
          const body = bodySchema ? valueFor(bodySchema, doc) : undefined;
          const out = await t.request({
            method: method.toUpperCase() as 'GET',
            url: query.size ? `${url}?${query}` : url,
            cookie,
            body,
            headers: rand() < 0.9 ? { 'idempotency-key': key('fz') } : {},
          });
          sent++;
          const where = `${name} → ${out.statusCode} ${out.body.slice(0, 160)}`;
          if (out.statusCode >= 500) problems.push(where);
          else if (out.statusCode >= 400) {
            const code = (out.json() as { error?: { code?: string } }).error
              ?.code as keyof typeof ERROR_CODES;
            if (!code || ERROR_CODES[code] !== out.statusCode) problems.push(`undocumented: ${where}`);
            if (method !== 'get') {
              const after = await databaseDigest(t.db, ['sessions']);
              if (after !== digest) problems.push(`4xx changed the database: ${where}`);
              digest = after;
            }
          } else if (method !== 'get') digest = await databaseDigest(t.db, ['sessions']);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThan(1_000);
  }, 300_000);
});

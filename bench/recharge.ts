import { loadConfig } from '../server/src/config.ts';
import { buildApp } from '../server/src/http/app.ts';
import { DEMO_PASSWORD, seedDemo } from '../server/src/ops/seed-demo.ts';
import { uuidv7 } from '../server/src/shared/ids.ts';
import type { BenchResult } from './run.ts';
import { benchDatabase } from './setup.ts';

const DURATION_MS = 3000;

async function perSecond(fn: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 100; i++) await fn(-i - 1);
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < DURATION_MS) await fn(n++);
  return (n * 1000) / (performance.now() - start);
}

/**
 * Recharges per second through the API (session, permission, idempotency key, member lock,
 * guarded balance update, ledger row, audit row, in one transaction) against the raw driver
 * running the same writes in one transaction.
 */
export async function recharge(dialect: 'sqlite' | 'postgres'): Promise<BenchResult> {
  const { handle, drop } = await benchDatabase(dialect);
  const { tenantId } = await seedDemo(handle.db, new Date());
  const app = await buildApp({ handle, config: { ...loadConfig({}), webDist: '/nonexistent' } });
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'owner', password: DEMO_PASSWORD },
  });
  const cookie = `md_sid=${login.cookies.find((c) => c.name === 'md_sid')!.value}`;
  const members = await handle.db
    .selectFrom('members')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .execute();
  const store = await handle.db
    .selectFrom('stores')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const owner = await handle.db
    .selectFrom('users')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('username', '=', 'owner')
    .executeTakeFirstOrThrow();

  const product = await perSecond(async (i) => {
    const member = members[Math.abs(i) % members.length]!.id;
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/members/${member}/recharges`,
      headers: { cookie, 'content-type': 'application/json', 'idempotency-key': `bench-${i}-${uuidv7()}` },
      payload: JSON.stringify({ storeId: store.id, amountCents: 10_000, paymentMethod: 'cash' }),
    });
    if (res.statusCode !== 201) throw new Error(res.body);
  });

  const now = () => new Date().toISOString();
  const statements = (member: string, id: string, key: string) =>
    [
      [
        'insert into idempotency_keys (tenant_id, key, route, request_hash, response_status, response_body, created_at, expires_at) values ($1, $2, $3, $4, 0, $5, $6, $6)',
        [tenantId, key, 'POST /r', 'h', '', now()],
      ],
      [
        'insert into recharges (tenant_id, id, member_id, store_id, plan_id, principal_cents, bonus_cents, points, payment_method, payment_ref, status, refunded_principal_cents, forfeited_bonus_cents, actor_user_id, created_at, refunded_at) values ($1, $2, $3, $4, null, 10000, 0, 0, $5, $6, $7, 0, 0, $8, $9, null)',
        [tenantId, id, member, store.id, 'cash', '', 'completed', owner.id, now()],
      ],
      [
        'insert into stored_value_accounts (tenant_id, member_id, principal_cents, bonus_cents, updated_at) values ($1, $2, 0, 0, $3) on conflict (tenant_id, member_id) do nothing',
        [tenantId, member, now()],
      ],
      [
        'update stored_value_accounts set principal_cents = principal_cents + 10000, updated_at = $3 where tenant_id = $1 and member_id = $2 and principal_cents + 10000 >= 0 returning principal_cents, bonus_cents',
        [tenantId, member, now()],
      ],
      [
        'insert into stored_value_ledger (tenant_id, id, member_id, store_id, at, actor_user_id, kind, ref_type, ref_id, principal_delta, bonus_delta, principal_after, bonus_after, note) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 10000, 0, 0, 0, $10)',
        [tenantId, uuidv7(), member, store.id, now(), owner.id, 'recharge', 'recharge', id, ''],
      ],
      [
        'update members set recharge_total_cents = recharge_total_cents + 10000, updated_at = $3 where tenant_id = $1 and id = $2',
        [tenantId, member, now()],
      ],
      [
        'insert into audit_log (tenant_id, id, at, actor_user_id, actor_name, store_id, action, entity, entity_id, before, after, request_id, ip) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, null, $10, $11, $12)',
        [
          tenantId,
          uuidv7(),
          now(),
          owner.id,
          'owner',
          store.id,
          'wallet.recharge',
          'recharge',
          id,
          '{}',
          'bench',
          '127.0.0.1',
        ],
      ],
      [
        'update idempotency_keys set response_status = 201, response_body = $3 where tenant_id = $1 and key = $2',
        [tenantId, key, '{}'],
      ],
    ] as const;
  let raw: number;
  if (handle.raw.kind === 'sqlite') {
    const s = handle.raw.sqlite;
    // SQLite takes plain `?` in order: expand each $n occurrence to its value.
    const order = statements('m', 'i', 'k').map(([text]) =>
      [...text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]) - 1),
    );
    const prepared = statements('m', 'i', 'k').map(([text]) => s.prepare(text.replace(/\$\d+/g, '?')));
    const tx = s.transaction((member: string, id: string, key: string) => {
      statements(member, id, key).forEach(([, params], k) => {
        const st = prepared[k]!;
        const values = order[k]!.map((i) => params[i]);
        if (st.reader) st.get(...values);
        else st.run(...values);
      });
    });
    raw = await perSecond(async (i) =>
      tx(members[Math.abs(i) % members.length]!.id, uuidv7(), `raw-${i}-${uuidv7()}`),
    );
  } else {
    const pool = handle.raw.pool;
    raw = await perSecond(async (i) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        for (const [text, params] of statements(
          members[Math.abs(i) % members.length]!.id,
          uuidv7(),
          `raw-${i}-${uuidv7()}`,
        )) {
          await client.query(text, [...params]);
        }
        await client.query('commit');
      } finally {
        client.release();
      }
    });
  }
  await app.close();
  await drop();
  return {
    name: 'recharge',
    dialect,
    unit: 'tx/s',
    product,
    raw,
    note: 'POST recharge through the API vs the same writes in one raw transaction',
  };
}

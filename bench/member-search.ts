import { loadConfig } from '../server/src/config.ts';
import { buildApp } from '../server/src/http/app.ts';
import { namePinyin } from '../server/src/modules/members/identity.ts';
import { DEMO_PASSWORD, seedDemo } from '../server/src/ops/seed-demo.ts';
import { uuidv7 } from '../server/src/shared/ids.ts';
import type { BenchResult } from './run.ts';
import { benchDatabase, latencies, percentile } from './setup.ts';

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊洋艳勇军杰娟涛明超秀英华慧巧美淑惠珠翠雅芝玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽',
];

const surname = SURNAMES.map((s) => ({ s, ...namePinyin(s) }));
const given = GIVEN.map((g) => ({ g, ...namePinyin(g) }));

/** The i-th generated member's name parts and phone (a permutation: unique, last four spread evenly). */
export function memberAt(i: number) {
  const s = surname[i % surname.length]!;
  const g1 = given[(i * 31) % given.length]!;
  const g2 = given[(i * 17 + 3) % given.length]!;
  return {
    name: s.s + g1.g + g2.g,
    pinyin: s.full + g1.full + g2.full,
    initials: s.initials + g1.initials + g2.initials,
    phone: `13${String((i * 7_919_111 + 12_345) % 1_000_000_000).padStart(9, '0')}`,
  };
}

/**
 * Inserts `count` members straight through the raw driver (setup, not measured): one prepared
 * statement on SQLite, `unnest` arrays on PostgreSQL, 10,000 rows per transaction.
 */
export async function fillMembers(
  handle: Awaited<ReturnType<typeof benchDatabase>>['handle'],
  tenantId: string,
  count: number,
) {
  const now = new Date().toISOString();
  const batch = 10_000;
  for (let start = 0; start < count; start += batch) {
    const rows: (string | null)[][] = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const m = memberAt(i);
      rows.push([
        uuidv7(),
        m.name,
        m.pinyin,
        m.initials,
        m.phone,
        m.phone.slice(-4),
        i % 3 === 0 ? `C${i}` : null,
        `M${String(i).padStart(20, '0')}`,
      ]);
    }
    const columns = 'tenant_id, id, name, name_pinyin, name_initials, phone, phone_last4, card_no, qr_token';
    const rest = `gender, birthday_calendar, tags, custom_fields, notes, sms_consent, email_consent, status, cumulative_spend_cents, recharge_total_cents, points_earned_total, created_at, updated_at`;
    const constants = `'unknown', 'solar', '[]', '{}', '', 1, 0, 'active', 0, 0, 0`;
    if (handle.raw.kind === 'sqlite') {
      const insert = handle.raw.sqlite.prepare(
        `insert into members (${columns}, ${rest}) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ${constants}, ?, ?)`,
      );
      handle.raw.sqlite.transaction(() => {
        for (const r of rows) insert.run(tenantId, ...r, now, now);
      })();
    } else {
      const col = (k: number) => rows.map((r) => r[k]);
      await handle.raw.pool.query(
        `insert into members (${columns}, ${rest})
         select $1, u.id::uuid, u.name, u.py, u.ini, u.phone, u.last4, u.card, u.qr, ${constants}, $10, $10
         from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
           as u(id, name, py, ini, phone, last4, card, qr)`,
        [tenantId, col(0), col(1), col(2), col(3), col(4), col(5), col(6), col(7), now],
      );
    }
  }
  if (handle.raw.kind === 'postgres') await handle.raw.pool.query('analyze members');
  else handle.raw.sqlite.exec('analyze');
}

/**
 * Member search over HTTP (real loopback requests, session cookie) on a table of BENCH_MEMBERS
 * members (default 1,000,000): full phone, last four digits and pinyin initials, p50/p99 —
 * against the raw driver running the plain indexed lookup for the same key.
 */
export async function memberSearch(dialect: 'sqlite' | 'postgres'): Promise<BenchResult[]> {
  const count = Number(process.env.BENCH_MEMBERS ?? 1_000_000);
  const { handle, drop } = await benchDatabase(dialect);
  const { tenantId } = await seedDemo(handle.db, new Date());
  const t0 = performance.now();
  await fillMembers(handle, tenantId, count);
  console.error(
    `  [${dialect}] inserted ${count} members in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const app = await buildApp({ handle, config: { ...loadConfig({}), webDist: '/nonexistent' } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'owner', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const sample = Array.from({ length: 1000 }, (_, k) => memberAt((k * 997) % count));
  const keys = {
    phone: (i: number) => sample[i % sample.length]!.phone,
    last4: (i: number) => sample[i % sample.length]!.phone.slice(-4),
    initials: (i: number) => sample[i % sample.length]!.initials,
  };
  const raw: Record<keyof typeof keys, string> = {
    phone: 'select * from members where tenant_id = $1 and phone = $2 and status <> $3 order by id limit 21',
    last4:
      'select * from members where tenant_id = $1 and phone_last4 = $2 and status <> $3 order by id limit 21',
    initials:
      'select * from members where tenant_id = $1 and name_initials = $2 and status <> $3 order by id limit 21',
  };
  const results: BenchResult[] = [];
  const n = Number(process.env.BENCH_REQUESTS ?? 2000);
  // Warm the server on every kind first, so the first kind measured does not pay for the JIT.
  const kinds = Object.keys(keys) as (keyof typeof keys)[];
  for (let i = 0; i < 600; i++) {
    const key = keys[kinds[i % kinds.length]!](i);
    await (
      await fetch(`${base}/api/v1/members?q=${encodeURIComponent(key)}`, { headers: { cookie } })
    ).text();
  }
  for (const kind of kinds) {
    const http = await latencies(n, async (i) => {
      const res = await fetch(`${base}/api/v1/members?q=${encodeURIComponent(keys[kind](i))}`, {
        headers: { cookie },
      });
      if (res.status !== 200) throw new Error(await res.text());
      const body = (await res.json()) as { items: unknown[] };
      if (body.items.length === 0) throw new Error(`no hit for ${kind}`);
    });
    let direct: number[];
    if (handle.raw.kind === 'sqlite') {
      const stmt = handle.raw.sqlite.prepare(raw[kind].replace(/\$\d/g, '?'));
      direct = await latencies(n, async (i) => JSON.stringify(stmt.all(tenantId, keys[kind](i), 'erased')));
    } else {
      const pool = handle.raw.pool;
      direct = await latencies(n, async (i) =>
        JSON.stringify((await pool.query(raw[kind], [tenantId, keys[kind](i), 'erased'])).rows),
      );
    }
    results.push({
      name: `member-search ${kind}`,
      dialect,
      unit: 'ms p50',
      product: percentile(http, 50),
      raw: percentile(direct, 50),
      note: `HTTP p50 ${percentile(http, 50).toFixed(2)} ms p99 ${percentile(http, 99).toFixed(2)} ms; raw p50 ${percentile(direct, 50).toFixed(3)} ms p99 ${percentile(direct, 99).toFixed(3)} ms; ${count} members`,
    });
  }
  await app.close();
  await drop();
  return results;
}

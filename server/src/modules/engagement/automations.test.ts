import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { insertLevel, insertOrder } from '../../../test/engagement-factory.ts';
import { makeChain, T0 } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { runAutomations } from './run-automations.ts';

let t: TestApp;
let seq = 0;
const DAY = 86_400_000;
const ago = (days: number) => new Date(T0.getTime() - days * DAY);

beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

/** A fresh chain per test: automations are tenant-wide. */
async function shop() {
  const code = `au${++seq}`;
  const chain = await makeChain(t.db.db, code);
  const owner = await t.signIn('owner', code);
  return { chain, owner, tid: chain.tenantId };
}

async function enable(owner: string, kind: string, params: object = {}) {
  const res = await t.request({
    method: 'PUT',
    url: `/api/v1/engagement/automations/${kind}`,
    cookie: owner,
    body: { enabled: true, params },
  });
  expect(res.statusCode, res.body).toBe(200);
}

const messages = (tid: string) =>
  t.db.db
    .selectFrom('messages')
    .select(['member_id', 'channel', 'status', 'reason', 'body', 'source_id', 'purpose'])
    .where('tenant_id', '=', tid)
    .orderBy('member_id')
    .execute();

describe('automations', () => {
  it('lists every automation off by default and refuses bad parameters', async () => {
    const s = await shop();
    const res = await t.request({ method: 'GET', url: '/api/v1/engagement/automations', cookie: s.owner });
    expect(res.statusCode).toBe(200);
    const list = res.json() as { kind: string; enabled: boolean; params: Record<string, unknown> }[];
    expect(list.map((a) => a.kind)).toEqual(
      expect.arrayContaining([
        'birthday',
        'win_back',
        'level_up',
        'balance_low',
        'card_expiring',
        'coupon_expiring',
      ]),
    );
    expect(list.every((a) => !a.enabled)).toBe(true);
    expect(list.find((a) => a.kind === 'win_back')!.params.dormantDays).toBe(90);
    const bad = await t.request({
      method: 'PUT',
      url: '/api/v1/engagement/automations/win_back',
      cookie: s.owner,
      body: { enabled: true, params: { dormantDays: 1 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    expect(await runAutomations(t.db.db, s.tid, T0)).toEqual({});
  });

  it('greets birthdays (solar and lunar) once per year, with a coupon hook, however often it runs', async () => {
    const s = await shop();
    // T0 is 2026-03-02 in Shanghai; lunar 正月十四 of 2026 falls on 2026-03-02.
    const solar = await makeMember(t.db.db, s.tid, {
      name: '春生',
      birthday: '1990-03-02',
      smsConsent: true,
    });
    const lunar = await makeMember(t.db.db, s.tid, {
      name: '阴历',
      birthday: '1988-01-14',
      birthdayCalendar: 'lunar',
      smsConsent: true,
    });
    await makeMember(t.db.db, s.tid, { name: '别人', birthday: '1990-03-03', smsConsent: true });
    await enable(s.owner, 'birthday', { text: '{{name}}生日快乐' });
    expect(await runAutomations(t.db.db, s.tid, T0)).toEqual({ birthday: 2 });
    expect(await runAutomations(t.db.db, s.tid, new Date(T0.getTime() + 3_600_000))).toEqual({ birthday: 0 });
    const rows = await messages(s.tid);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.member_id).sort()).toEqual([solar.id, lunar.id].sort());
    // Marketing SMS end with the tenant's opt-out hint.
    expect(rows.map((r) => r.body).sort()).toEqual(['春生生日快乐 回T退订', '阴历生日快乐 回T退订'].sort());
    expect(
      rows.every((r) => r.status === 'queued' && r.purpose === 'marketing' && r.source_id === 'birthday'),
    ).toBe(true);
    const runs = await t.db.db
      .selectFrom('automation_runs')
      .selectAll()
      .where('tenant_id', '=', s.tid)
      .execute();
    expect(runs.map((r) => r.event_key)).toEqual(['2026', '2026']);
  });

  it('wins back dormant members once per dormancy, honouring consent', async () => {
    const s = await shop();
    const a = await makeMember(t.db.db, s.tid, { name: '老客', smsConsent: true });
    const b = await makeMember(t.db.db, s.tid, { name: '无同意', smsConsent: false });
    const c = await makeMember(t.db.db, s.tid, { name: '常客', smsConsent: true });
    await insertOrder(t.db.db, s.tid, s.chain.storeA.id, a.id, ago(120));
    await insertOrder(t.db.db, s.tid, s.chain.storeA.id, b.id, ago(100));
    await insertOrder(t.db.db, s.tid, s.chain.storeA.id, c.id, ago(120));
    await insertOrder(t.db.db, s.tid, s.chain.storeA.id, c.id, ago(5));
    await enable(s.owner, 'win_back', { dormantDays: 90 });
    expect(await runAutomations(t.db.db, s.tid, T0)).toEqual({ win_back: 2 });
    expect(await runAutomations(t.db.db, s.tid, T0)).toEqual({ win_back: 0 });
    const rows = await messages(s.tid);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.member_id === a.id)).toMatchObject({ status: 'queued' });
    expect(rows.find((r) => r.member_id === a.id)!.body).toContain('120 天');
    expect(rows.find((r) => r.member_id === b.id)).toMatchObject({ status: 'skipped', reason: 'no_consent' });
    // 100 days on: `a` came back and lapsed again, `c` lapsed since; `b` was already asked.
    await insertOrder(t.db.db, s.tid, s.chain.storeA.id, a.id, ago(1));
    expect(await runAutomations(t.db.db, s.tid, new Date(T0.getTime() + 100 * DAY))).toEqual({ win_back: 2 });
    expect((await messages(s.tid)).filter((r) => r.member_id === b.id)).toHaveLength(1);
  });

  it('tells members of a level-up, a low balance and an expiring card, once each', async () => {
    const s = await shop();
    const low = await insertLevel(t.db.db, s.tid, 1, '银卡');
    const high = await insertLevel(t.db.db, s.tid, 2, '金卡');
    const up = await makeMember(t.db.db, s.tid, { name: '升级' });
    const down = await makeMember(t.db.db, s.tid, { name: '降级' });
    const hist = (memberId: string, from: string | null, to: string) =>
      t.db.db
        .insertInto('member_level_history')
        .values({
          tenant_id: s.tid,
          id: uuidv7(),
          member_id: memberId,
          from_level_id: from,
          to_level_id: to,
          reason: 'upgrade',
          at: ago(1).toISOString(),
          actor_user_id: null,
        } as never)
        .execute();
    await hist(up.id, low, high);
    await hist(down.id, high, low);

    const poor = await makeMember(t.db.db, s.tid, { name: '余额少' });
    const now = ago(1).toISOString();
    await t.db.db
      .insertInto('stored_value_accounts')
      .values({
        tenant_id: s.tid,
        member_id: poor.id,
        principal_cents: 1200,
        bonus_cents: 0,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'member_id']).doUpdateSet({ principal_cents: 1200, bonus_cents: 0 }),
      )
      .execute();
    for (const [kind, delta, after] of [
      ['recharge', 10_000, 10_000],
      ['spend', -8800, 1200],
    ] as const) {
      await t.db.db
        .insertInto('stored_value_ledger')
        .values({
          tenant_id: s.tid,
          id: uuidv7(),
          member_id: poor.id,
          store_id: s.chain.storeA.id,
          at: now,
          actor_user_id: null,
          kind,
          ref_type: 'test',
          ref_id: 'x',
          principal_delta: delta,
          bonus_delta: 0,
          principal_after: after,
          bonus_after: 0,
          note: '',
        })
        .execute();
    }

    const holder = await makeMember(t.db.db, s.tid, { name: '次卡' });
    const productId = uuidv7();
    await t.db.db
      .insertInto('card_products')
      .values({
        tenant_id: s.tid,
        id: productId,
        name: '洗车10次',
        kind: 'counted',
        price_cents: 30_000,
        validity: 'days',
        valid_days: 365,
        valid_until: null,
        status: 'active',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await t.db.db
      .insertInto('member_cards')
      .values({
        tenant_id: s.tid,
        id: uuidv7(),
        member_id: holder.id,
        card_product_id: productId,
        name: '洗车10次',
        kind: 'counted',
        status: 'active',
        store_id: s.chain.storeA.id,
        price_cents: 30_000,
        payment_method: 'cash',
        payment_ref: '',
        issued_at: ago(360).toISOString(),
        expires_at: new Date(T0.getTime() + 5 * DAY).toISOString(),
        paused_at: null,
        refunded_cents: 0,
        refunded_at: null,
      })
      .execute();

    await enable(s.owner, 'level_up');
    await enable(s.owner, 'balance_low', { channel: 'inbox' });
    await enable(s.owner, 'card_expiring', { daysBefore: 7 });
    expect(await runAutomations(t.db.db, s.tid, T0)).toEqual({
      level_up: 1,
      balance_low: 1,
      card_expiring: 1,
    });
    expect(await runAutomations(t.db.db, s.tid, T0)).toEqual({
      level_up: 0,
      balance_low: 0,
      card_expiring: 0,
    });
    const rows = await messages(s.tid);
    expect(rows.find((r) => r.member_id === up.id)).toMatchObject({
      channel: 'inbox',
      status: 'sent',
      body: '恭喜 升级，您已升级为 金卡！',
    });
    expect(rows.find((r) => r.member_id === poor.id)).toMatchObject({ channel: 'inbox', status: 'sent' });
    expect(rows.find((r) => r.member_id === poor.id)!.body).toContain('¥12.00');
    // A service notice: sent without marketing consent.
    expect(rows.find((r) => r.member_id === holder.id)).toMatchObject({
      channel: 'sms',
      status: 'queued',
      purpose: 'transactional',
    });
    expect(rows.find((r) => r.member_id === holder.id)!.body).toContain('「洗车10次」将在 5 天内到期');
    expect(rows.some((r) => r.member_id === down.id)).toBe(false);
  });

  it.runIf(TEST_DIALECT === 'postgres')(
    'two concurrent runs on PostgreSQL reach each member once',
    async () => {
      const s = await shop();
      const ids: string[] = [];
      for (let i = 0; i < 8; i++) {
        const mem = await makeMember(t.db.db, s.tid, { birthday: '1990-03-02', smsConsent: true });
        ids.push(mem.id);
      }
      await enable(s.owner, 'birthday');
      const [a, b, c] = await Promise.all([
        runAutomations(t.db.db, s.tid, T0),
        runAutomations(t.db.db, s.tid, T0),
        runAutomations(t.db.db, s.tid, T0),
      ]);
      expect((a.birthday ?? 0) + (b.birthday ?? 0) + (c.birthday ?? 0)).toBe(8);
      const rows = await messages(s.tid);
      expect(rows).toHaveLength(8);
      expect(new Set(rows.map((r) => r.member_id)).size).toBe(8);
    },
  );
});

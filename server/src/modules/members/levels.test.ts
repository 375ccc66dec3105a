import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, sysCtx } from '../../../test/factories.ts';
import { auditOf, historyOf, memberRow, rechargeAt, tenantWithLevels } from '../../../test/levels-factory.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { BUILTIN_ROLES } from '../auth/permissions.ts';
import { updateTenantProfile } from '../tenancy/update-settings.ts';
import { recordRecharge } from '../wallet/record-recharge.ts';
import { refundRecharge } from '../wallet/refund-recharge.ts';
import { applyLevelUpgrade } from './apply-level-upgrade.ts';
import { createLevel } from './save-level.ts';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let rival: Awaited<ReturnType<typeof makeChain>>;
const cookies: Record<string, string> = {};
let keySeq = 0;

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db, 'acme');
  rival = await makeChain(t.db.db, 'rival');
  for (const u of ['owner', 'manager', 'cashier', 'staff'] as const) cookies[u] = await t.signIn(u, 'acme');
  cookies.rivalOwner = await t.signIn('owner', 'rival');
});
afterAll(() => t.close());

type Chain = typeof chain;
const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie?: string, body?: unknown) =>
  t.request({ method, url: `/api/v1${url}`, cookie, body });
const httpRecharge = (c: Chain, memberId: string, amountCents: number, cookie: string) =>
  t.request({
    method: 'POST',
    url: `/api/v1/members/${memberId}/recharges`,
    cookie,
    body: { storeId: c.storeA.id, amountCents, paymentMethod: 'cash' },
    headers: { 'idempotency-key': `levels-${++keySeq}` },
  });
/** Moves the app's clock on a minute, so rows written by successive requests sort by time. */
const tick = () => {
  t.clock.now = new Date(t.clock.now.getTime() + 60_000);
};

describe(`levels on ${TEST_DIALECT}`, () => {
  it('only owners may define levels; everyone who reads members may list them', async () => {
    expect(
      Object.entries(BUILTIN_ROLES)
        .filter(([, role]) => role.permissions.includes('levels.manage'))
        .map(([code]) => code),
    ).toEqual(['owner']);
    const body = { rank: 1, name: '银卡', threshold: 100_000, discountPercent: 95, benefits: '生日双倍积分' };
    for (const who of ['manager', 'cashier', 'staff'])
      expect((await api('POST', '/levels', cookies[who], body)).statusCode, who).toBe(403);
    expect((await api('POST', '/levels', undefined, body)).statusCode).toBe(401);
    const created = await api('POST', '/levels', cookies.owner, body);
    expect(created.statusCode).toBe(201);
    const level = created.json();
    expect(level).toMatchObject({ ...body, pointsMultiplierPercent: 100 });

    for (const who of ['owner', 'manager', 'cashier', 'staff']) {
      const list = await api('GET', '/levels', cookies[who]);
      expect(list.statusCode, who).toBe(200);
      expect(list.json().map((l: { id: string }) => l.id)).toEqual([level.id]);
    }
    expect((await api('GET', '/levels', cookies.rivalOwner)).json()).toEqual([]);

    for (const who of ['manager', 'cashier']) {
      expect((await api('PATCH', `/levels/${level.id}`, cookies[who], { name: 'x' })).statusCode).toBe(403);
      expect((await api('DELETE', `/levels/${level.id}`, cookies[who])).statusCode).toBe(403);
    }
    tick();
    const patched = await api('PATCH', `/levels/${level.id}`, cookies.owner, {
      name: '白银卡',
      pointsMultiplierPercent: 120,
    });
    expect(patched.json()).toMatchObject({
      name: '白银卡',
      pointsMultiplierPercent: 120,
      threshold: 100_000,
    });
    tick();
    expect((await api('DELETE', `/levels/${level.id}`, cookies.owner)).json()).toEqual({ ok: true });
    expect((await api('GET', '/levels', cookies.owner)).json()).toEqual([]);
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', level.id)
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['level.create', 'level.update', 'level.delete']);
  });

  it('keeps ranks unique, thresholds rising with rank, and numbers in range', async () => {
    const base = (
      await api('POST', '/levels', cookies.owner, { rank: 1, name: '普通', threshold: 0 })
    ).json();
    const gold = (
      await api('POST', '/levels', cookies.owner, { rank: 3, name: '金卡', threshold: 300_000 })
    ).json();
    const cases: [string, 'POST' | 'PATCH', Record<string, unknown>, string][] = [
      ['/levels', 'POST', { rank: 1, name: '重复', threshold: 10 }, 'LEVEL_RANK_TAKEN'],
      [`/levels/${gold.id}`, 'PATCH', { rank: 1 }, 'LEVEL_RANK_TAKEN'],
      ['/levels', 'POST', { rank: 2, name: '银卡', threshold: 400_000 }, 'LEVEL_THRESHOLD_ORDER'],
      ['/levels', 'POST', { rank: 2, name: '银卡', threshold: 0 }, 'LEVEL_THRESHOLD_ORDER'],
      [`/levels/${base.id}`, 'PATCH', { threshold: 300_000 }, 'LEVEL_THRESHOLD_ORDER'],
      ['/levels', 'POST', { rank: 2, name: '银卡', threshold: -1 }, 'VALIDATION_FAILED'],
      ['/levels', 'POST', { rank: 2, name: '银卡', threshold: 10.5 }, 'VALIDATION_FAILED'],
      ['/levels', 'POST', { rank: 2, name: '银卡', threshold: 10, discountPercent: 0 }, 'VALIDATION_FAILED'],
      [
        '/levels',
        'POST',
        { rank: 2, name: '银卡', threshold: 10, discountPercent: 101 },
        'VALIDATION_FAILED',
      ],
      [
        '/levels',
        'POST',
        { rank: 2, name: '银卡', threshold: 10, pointsMultiplierPercent: 99 },
        'VALIDATION_FAILED',
      ],
      ['/levels', 'POST', { rank: 2, name: ' ', threshold: 10 }, 'VALIDATION_FAILED'],
      ['/levels', 'POST', { rank: 2, name: '银卡', threshold: 10, color: 'red' }, 'VALIDATION_FAILED'],
    ];
    for (const [url, method, body, code] of cases)
      expect((await api(method, url, cookies.owner, body)).json().error?.code, JSON.stringify(body)).toBe(
        code,
      );
    // The use case checks too, for callers that skip the route's schema.
    await expect(
      createLevel(sysCtx(t.db.db, chain.tenantId), { rank: 2, name: 'x', threshold: 1, discountPercent: 0 }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const silver = await api('POST', '/levels', cookies.owner, { rank: 2, name: '银卡', threshold: 100_000 });
    expect(silver.statusCode).toBe(201);
    expect((await api('GET', '/levels', cookies.owner)).json().map((l: { rank: number }) => l.rank)).toEqual([
      1, 2, 3,
    ]);
  });

  it('answers LEVEL_NOT_FOUND for another tenant’s level', async () => {
    const [ours] = (await api('GET', '/levels', cookies.owner)).json();
    expect(
      (await api('PATCH', `/levels/${ours.id}`, cookies.rivalOwner, { name: 'x' })).json().error.code,
    ).toBe('LEVEL_NOT_FOUND');
    expect((await api('DELETE', `/levels/${ours.id}`, cookies.rivalOwner)).json().error.code).toBe(
      'LEVEL_NOT_FOUND',
    );
    const res = await api('DELETE', '/levels/01a20b3f-0000-7000-8000-000000000000', cookies.owner);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('LEVEL_NOT_FOUND');
    const theirs = await makeMember(t.db.db, rival.tenantId);
    expect((await api('GET', `/members/${theirs.id}/level-history`, cookies.owner)).json().error.code).toBe(
      'MEMBER_NOT_FOUND',
    );
  });

  it('upgrades in the recharge’s own transaction when a recharge crosses a threshold', async () => {
    const { c, silver, gold } = await tenantWithLevels(t.db.db, 'rc', 'recharge');
    const cashier = await t.signIn('cashier', 'rc');
    const owner = await t.signIn('owner', 'rc');
    const m = await makeMember(t.db.db, c.tenantId);
    expect((await httpRecharge(c, m.id, 30_000, cashier)).statusCode).toBe(201);
    expect((await memberRow(t.db.db, m.id)).level_id).toBeNull();
    expect((await httpRecharge(c, m.id, 30_000, cashier)).statusCode).toBe(201); // 60,000 ≥ 50,000
    expect((await memberRow(t.db.db, m.id)).level_id).toBe(silver.id);
    const [up] = await historyOf(t.db.db, m.id);
    expect(up).toMatchObject({
      from_level_id: null,
      to_level_id: silver.id,
      reason: 'recharge',
      actor_user_id: c.users.cashier.id,
    });
    const [audit] = await auditOf(t.db.db, m.id, 'member.level_up');
    expect(JSON.parse(audit!.after!)).toMatchObject({
      levelId: silver.id,
      reason: 'recharge',
      total: 60_000,
    });

    tick();
    expect((await httpRecharge(c, m.id, 150_000, cashier)).statusCode).toBe(201); // 210,000 ≥ 200,000
    const member = (await api('GET', `/members/${m.id}`, owner)).json();
    expect(member.levelId).toBe(gold.id);
    const history = (await api('GET', `/members/${m.id}/level-history`, cashier)).json();
    expect(history.map((h: { toLevelId: string }) => h.toLevelId)).toEqual([gold.id, silver.id]);
    expect(history[0]).toMatchObject({ fromLevelId: silver.id, reason: 'recharge' });
    expect(await auditOf(t.db.db, m.id, 'member.level_up')).toHaveLength(2);

    // A level someone holds cannot be deleted.
    const del = await api('DELETE', `/levels/${gold.id}`, owner);
    expect(del.json().error).toMatchObject({ code: 'LEVEL_IN_USE', details: { members: 1 } });
  });

  it('a failed recharge leaves the level alone', async () => {
    const { c, silver } = await tenantWithLevels(t.db.db, 'rf', 'recharge');
    const owner = await t.signIn('owner', 'rf');
    const frozen = await makeMember(t.db.db, c.tenantId);
    await api('POST', `/members/${frozen.id}/freeze`, owner);
    expect((await httpRecharge(c, frozen.id, 60_000, owner)).json().error.code).toBe('MEMBER_FROZEN');
    expect((await memberRow(t.db.db, frozen.id)).level_id).toBeNull();

    // The upgrade rides in the recharge's transaction: when that rolls back, so does the upgrade.
    const m = await makeMember(t.db.db, c.tenantId);
    await expect(
      inTransaction(sysCtx(t.db.db, c.tenantId), async (tx) => {
        await recordRecharge(tx, {
          memberId: m.id,
          storeId: c.storeA.id,
          amountCents: 60_000,
          paymentMethod: 'cash',
        });
        const inside = await tx.db
          .selectFrom('members')
          .select('level_id')
          .where('id', '=', m.id)
          .executeTakeFirst();
        expect(inside?.level_id).toBe(silver.id);
        throw new Error('till lost power');
      }),
    ).rejects.toThrow('till lost power');
    const row = await memberRow(t.db.db, m.id);
    expect(row).toMatchObject({ level_id: null, recharge_total_cents: 0 });
    expect(await historyOf(t.db.db, m.id)).toEqual([]);
    expect(await auditOf(t.db.db, m.id, 'member.level_up')).toEqual([]);
  });

  it('never downgrades on an upgrade check', async () => {
    const { c, silver, gold } = await tenantWithLevels(t.db.db, 'nd', 'recharge');
    const m = await makeMember(t.db.db, c.tenantId);
    const { recharge } = await rechargeAt(t.db.db, c, m.id, 250_000, '2026-03-02T02:00:00.000Z');
    expect((await memberRow(t.db.db, m.id)).level_id).toBe(gold.id);
    // A refund lowers the recharge total below 金卡, and a later recharge reaches only 银卡.
    await refundRecharge(sysCtx(t.db.db, c.tenantId), recharge.id, { storeId: c.storeA.id, reason: '退款' });
    await rechargeAt(t.db.db, c, m.id, 60_000, '2026-03-03T02:00:00.000Z');
    expect((await memberRow(t.db.db, m.id)).recharge_total_cents).toBe(60_000);
    expect(await applyLevelUpgrade(sysCtx(t.db.db, c.tenantId), m.id, 'recharge')).toBeNull();
    expect((await memberRow(t.db.db, m.id)).level_id).toBe(gold.id);
    expect((await historyOf(t.db.db, m.id)).map((h) => h.to_level_id)).toEqual([gold.id]);
    expect(silver.rank).toBeLessThan(gold.rank);
  });

  it('upgrades on the tenant’s basis only: spend, recharge or points, never the balance', async () => {
    const { c, silver, gold } = await tenantWithLevels(t.db.db, 'sp', 'spend');
    const ctx = sysCtx(t.db.db, c.tenantId);
    const m = await makeMember(t.db.db, c.tenantId);
    await rechargeAt(t.db.db, c, m.id, 300_000, '2026-03-02T02:00:00.000Z');
    expect((await memberRow(t.db.db, m.id)).level_id).toBeNull(); // recharging is not spending
    // Checkout will raise cumulative spend; until it exists, set the total the way it will.
    await t.db.db
      .updateTable('members')
      .set({ cumulative_spend_cents: 60_000 })
      .where('id', '=', m.id)
      .execute();
    expect(await applyLevelUpgrade(ctx, m.id, 'checkout')).toEqual({
      memberId: m.id,
      fromLevelId: null,
      toLevelId: silver.id,
    });
    expect((await historyOf(t.db.db, m.id)).at(-1)?.reason).toBe('checkout');

    await updateTenantProfile(ctx, { settings: { levelBasis: 'recharge' } });
    expect(await applyLevelUpgrade(ctx, m.id, 'recharge')).toMatchObject({ toLevelId: gold.id });

    await updateTenantProfile(ctx, { settings: { levelBasis: 'points' } });
    const p = await makeMember(t.db.db, c.tenantId);
    await t.db.db
      .updateTable('members')
      .set({ points_earned_total: 49_999 })
      .where('id', '=', p.id)
      .execute();
    expect(await applyLevelUpgrade(ctx, p.id, 'points')).toBeNull();
    await t.db.db
      .updateTable('members')
      .set({ points_earned_total: 50_000 })
      .where('id', '=', p.id)
      .execute();
    expect(await applyLevelUpgrade(ctx, p.id, 'points')).toMatchObject({ toLevelId: silver.id });
  });
});

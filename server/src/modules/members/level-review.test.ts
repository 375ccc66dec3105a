import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { sysCtx } from '../../../test/factories.ts';
import { auditOf, memberRow, rechargeAt, tenantWithLevels } from '../../../test/levels-factory.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { loadConfig } from '../../config.ts';
import { defaultJobs } from '../../jobs/jobs.ts';
import type { Permission } from '../auth/permissions.ts';
import { updateTenantProfile } from '../tenancy/update-settings.ts';
import { refundRecharge } from '../wallet/refund-recharge.ts';
import { reviewLevels } from './review-levels.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

describe(`yearly level review on ${TEST_DIALECT}`, () => {
  it('runs the yearly review only when enabled, down as well as up, over the trailing 12 months', async () => {
    const { c, silver, gold } = await tenantWithLevels(t.db.db, 'rv', 'recharge');
    const ctx = sysCtx(t.db.db, c.tenantId);
    const reviewAt = new Date('2028-01-01T20:00:00.000Z'); // 2 Jan 2028, 04:00 in Shanghai
    // A: 金卡 from 2026, only 60,000 in the last year → 银卡.
    const a = await makeMember(t.db.db, c.tenantId);
    await rechargeAt(t.db.db, c, a.id, 250_000, '2026-03-02T02:00:00.000Z');
    await rechargeAt(t.db.db, c, a.id, 60_000, '2027-06-01T02:00:00.000Z');
    // B: 200,000 in the last year → stays 金卡.
    const b = await makeMember(t.db.db, c.tenantId);
    await rechargeAt(t.db.db, c, b.id, 60_000, '2026-03-02T02:00:00.000Z');
    await rechargeAt(t.db.db, c, b.id, 200_000, '2027-12-01T02:00:00.000Z');
    // C: recharged 250,000 last year and had it all refunded → no level.
    const cc = await makeMember(t.db.db, c.tenantId);
    const { recharge } = await rechargeAt(t.db.db, c, cc.id, 250_000, '2027-06-01T02:00:00.000Z');
    await refundRecharge(sysCtx(t.db.db, c.tenantId, new Date('2027-06-02T02:00:00.000Z')), recharge.id, {
      storeId: c.storeA.id,
      reason: '退款',
    });
    expect((await memberRow(t.db.db, cc.id)).level_id).toBe(gold.id); // a refund never downgrades by itself
    // D: 40,000 last year, below 银卡 until the owner lowers its threshold → up to 银卡.
    const d = await makeMember(t.db.db, c.tenantId);
    await rechargeAt(t.db.db, c, d.id, 40_000, '2027-06-01T02:00:00.000Z');
    await t.request({
      method: 'PATCH',
      url: `/api/v1/levels/${silver.id}`,
      cookie: await t.signIn('owner', 'rv'),
      body: { threshold: 30_000 },
    });
    const levelsNow = async () =>
      Promise.all([a, b, cc, d].map(async (m) => (await memberRow(t.db.db, m.id)).level_id));
    const before = await levelsNow();
    expect(before).toEqual([gold.id, gold.id, gold.id, null]);

    // Off by default: nothing moves.
    expect(await reviewLevels({ ...ctx, now: reviewAt })).toEqual({
      enabled: false,
      reviewed: 0,
      upgraded: 0,
      downgraded: 0,
    });
    expect(await levelsNow()).toEqual(before);
    await expect(
      reviewLevels({
        ...ctx,
        actor: { ...ctx.actor, kind: 'user', permissions: new Set<Permission>(['members.read']) },
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // On: the scheduled job reviews every tenant once a year.
    await updateTenantProfile(ctx, { settings: { levelDowngradeReview: true } });
    const job = defaultJobs(t.db, loadConfig({})).find((j) => j.name === 'levels-review')!;
    expect(job.runKey(new Date('2027-12-31T15:59:00.000Z'))).toBeNull(); // 31 Dec, 23:59 Shanghai
    expect(job.runKey(new Date('2027-12-31T19:59:00.000Z'))).toBeNull(); // 1 Jan, 03:59
    expect(job.runKey(new Date('2027-12-31T20:00:00.000Z'))).toBe('levels-review:2028'); // 1 Jan, 04:00
    expect(job.runKey(reviewAt)).toBe('levels-review:2028');
    expect(job.runKey(new Date('2028-02-01T00:00:00.000Z'))).toBeNull();
    expect(await job.run(reviewAt)).toBe('moved 3');
    expect(await levelsNow()).toEqual([silver.id, gold.id, null, silver.id]);

    const reviewed = await t.db.db
      .selectFrom('member_level_history')
      .selectAll()
      .where('tenant_id', '=', c.tenantId)
      .where('reason', '=', 'yearly_review')
      .execute();
    expect(reviewed).toHaveLength(3);
    for (const h of reviewed) expect(h).toMatchObject({ at: reviewAt.toISOString(), actor_user_id: null });
    expect((await auditOf(t.db.db, a.id, 'member.level_down')).map((e) => JSON.parse(e.after!))).toEqual([
      { levelId: silver.id, level: '银卡', reason: 'yearly_review', basis: 'recharge', total: 60_000 },
    ]);
    expect(await auditOf(t.db.db, cc.id, 'member.level_down')).toHaveLength(1);
    expect(await auditOf(t.db.db, d.id, 'member.level_up')).toHaveLength(1);

    // Running it again changes nothing.
    expect(await reviewLevels({ ...ctx, now: reviewAt })).toEqual({
      enabled: true,
      reviewed: 4,
      upgraded: 0,
      downgraded: 0,
    });
  });
});

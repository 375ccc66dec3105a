import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestDb, TEST_DIALECT, type TestDb } from '../../../test/db.ts';
import { makeChain, sysCtx } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { runChecks } from '../../ops/check.ts';
import { AppError } from '../../shared/errors.ts';
import { updateTenantProfile } from '../tenancy/update-settings.ts';
import { earnPoints } from './earn-points.ts';
import { expireDuePoints } from './expire-points.ts';
import { getPoints } from './get-points.ts';
import { redeemPoints } from './redeem-points.ts';
import { clawBackPoints, restoreRedeemedPoints } from './reverse-points.ts';

let db: TestDb;
let chain: Awaited<ReturnType<typeof makeChain>>;
let seq = 0;
const at = (iso: string) => new Date(iso);
const ctxAt = (now: Date) => sysCtx(db.db, chain.tenantId, now);
const store = () => chain.storeA.id;

beforeAll(async () => {
  db = await makeTestDb();
  chain = await makeChain(db.db);
});
afterAll(() => db.close());

async function earn(memberId: string, paidCents: number, now: Date) {
  const refId = `order-${++seq}`;
  const r = await earnPoints(ctxAt(now), { memberId, storeId: store(), paidCents, refType: 'order', refId });
  return { ...r, refId };
}

describe(`points on ${TEST_DIALECT}`, () => {
  it('earns on the amount paid, times the level multiplier, in a lot lapsing at the end of next year', async () => {
    const m = await makeMember(db.db, chain.tenantId);
    const t = at('2026-03-02T02:00:00Z');
    expect((await earn(m.id, 12_345, t)).points).toBe(123); // ¥123.45 at 1 point per ¥1, rounded down
    const levelId = '01a20b3f-0000-7000-8000-00000000aaaa';
    await db.db
      .insertInto('levels')
      .values({
        tenant_id: chain.tenantId,
        id: levelId,
        rank: 9,
        name: '金卡',
        threshold: 0,
        discount_percent: 95,
        points_multiplier_percent: 150,
        benefits: '',
        created_at: t.toISOString(),
        updated_at: t.toISOString(),
      })
      .execute();
    await db.db.updateTable('members').set({ level_id: levelId }).where('id', '=', m.id).execute();
    expect((await earn(m.id, 10_000, t)).points).toBe(150);
    const summary = await getPoints(ctxAt(t), m.id);
    expect(summary.balance).toBe(273);
    // Earned 10:00 on 2 March 2026 in Shanghai → lapses at 00:00 on 1 January 2028 Shanghai time.
    expect(summary.lots.map((l) => l.expiresAt)).toEqual([
      '2027-12-31T16:00:00.000Z',
      '2027-12-31T16:00:00.000Z',
    ]);
    expect(summary.nextExpiry).toEqual({ at: '2027-12-31T16:00:00.000Z', points: 273 });
    const member = await db.db
      .selectFrom('members')
      .select('points_earned_total')
      .where('id', '=', m.id)
      .executeTakeFirstOrThrow();
    expect(member.points_earned_total).toBe(273);
  });

  it('redeems from the lot that lapses soonest, within the rate and cap', async () => {
    const m = await makeMember(db.db, chain.tenantId);
    const old = await earn(m.id, 30_000, at('2025-06-01T00:00:00Z')); // lapses end of 2026
    await earn(m.id, 50_000, at('2026-06-01T00:00:00Z')); // lapses end of 2027
    const now = at('2026-07-01T00:00:00Z');
    const r = await redeemPoints(ctxAt(now), {
      memberId: m.id,
      storeId: store(),
      points: 400,
      orderTotalCents: 1_000,
      refType: 'order',
      refId: 'r1',
    });
    expect(r).toEqual({ valueCents: 400, balance: 400 }); // 100 points = ¥1
    const lots = (await getPoints(ctxAt(now), m.id)).lots;
    expect(lots.map((l) => [l.original, l.remaining])).toEqual([[500, 400]]); // the 2025 lot (300) is used up first
    expect(old.points).toBe(300);
    await expect(
      redeemPoints(ctxAt(now), {
        memberId: m.id,
        storeId: store(),
        points: 300,
        orderTotalCents: 500,
        refType: 'order',
        refId: 'r2',
      }),
    ).rejects.toMatchObject({ code: 'POINTS_CAP_EXCEEDED' });
    await expect(
      redeemPoints(ctxAt(now), {
        memberId: m.id,
        storeId: store(),
        points: 401,
        orderTotalCents: 100_000,
        refType: 'order',
        refId: 'r3',
      }),
    ).rejects.toMatchObject({ code: 'INSUFFICIENT_POINTS' });
    await updateTenantProfile(ctxAt(now), { settings: { pointsPerYuanRedeemed: 300 } });
    await expect(
      redeemPoints(ctxAt(now), {
        memberId: m.id,
        storeId: store(),
        points: 100,
        orderTotalCents: 100_000,
        refType: 'order',
        refId: 'r4',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_POINTS' });
    await updateTenantProfile(ctxAt(now), { settings: { pointsPerYuanRedeemed: 100 } });
    expect((await getPoints(ctxAt(now), m.id)).balance).toBe(400);
  });

  it('lapses exactly at the boundary', async () => {
    const m = await makeMember(db.db, chain.tenantId);
    await earn(m.id, 20_000, at('2026-05-05T00:00:00Z'));
    const boundary = at('2027-12-31T16:00:00.000Z');
    expect((await getPoints(ctxAt(new Date(boundary.getTime() - 1)), m.id)).balance).toBe(200);
    expect(
      await redeemPoints(ctxAt(new Date(boundary.getTime() - 1)), {
        memberId: m.id,
        storeId: store(),
        points: 50,
        orderTotalCents: 10_000,
        refType: 'order',
        refId: 'b1',
      }),
    ).toMatchObject({ balance: 150 });
    const after = await getPoints(ctxAt(boundary), m.id);
    expect(after.balance).toBe(0);
    const lapsed = await db.db
      .selectFrom('points_ledger')
      .select(['kind', 'delta'])
      .where('member_id', '=', m.id)
      .where('kind', '=', 'expire')
      .execute();
    expect(lapsed).toEqual([{ kind: 'expire', delta: -150 }]);
  });

  it('claws back a refund’s share, stops at zero by default and notes the shortfall', async () => {
    const m = await makeMember(db.db, chain.tenantId);
    const t = at('2026-08-01T00:00:00Z');
    const order = await earn(m.id, 10_000, t); // 100 points
    const half = await clawBackPoints(ctxAt(t), {
      refType: 'order',
      refId: order.refId,
      storeId: store(),
      part: 1,
      whole: 2,
    });
    expect(half).toEqual({ clawedBack: 50, shortfall: 0, balance: 50 });
    await redeemPoints(ctxAt(t), {
      memberId: m.id,
      storeId: store(),
      points: 40,
      orderTotalCents: 10_000,
      refType: 'order',
      refId: 'x',
    });
    const rest = await clawBackPoints(ctxAt(t), {
      refType: 'order',
      refId: order.refId,
      storeId: store(),
      part: 1,
      whole: 1,
    });
    expect(rest).toEqual({ clawedBack: 10, shortfall: 40, balance: 0 });
    const again = await clawBackPoints(ctxAt(t), {
      refType: 'order',
      refId: order.refId,
      storeId: store(),
      part: 1,
      whole: 1,
    });
    expect(again.clawedBack).toBe(0);
  });

  it('lets the balance go negative when the tenant says so, and new points pay the debt', async () => {
    await updateTenantProfile(ctxAt(new Date()), { settings: { pointsClawbackPolicy: 'allow_negative' } });
    const m = await makeMember(db.db, chain.tenantId);
    const t = at('2026-08-01T00:00:00Z');
    const order = await earn(m.id, 10_000, t);
    await redeemPoints(ctxAt(t), {
      memberId: m.id,
      storeId: store(),
      points: 100,
      orderTotalCents: 10_000,
      refType: 'order',
      refId: 'y',
    });
    expect(
      await clawBackPoints(ctxAt(t), {
        refType: 'order',
        refId: order.refId,
        storeId: store(),
        part: 1,
        whole: 1,
      }),
    ).toEqual({
      clawedBack: 100,
      shortfall: 0,
      balance: -100,
    });
    await earn(m.id, 25_000, t);
    const summary = await getPoints(ctxAt(t), m.id);
    expect(summary.balance).toBe(150);
    expect(summary.lots.map((l) => l.remaining)).toEqual([150]);
    await updateTenantProfile(ctxAt(new Date()), { settings: { pointsClawbackPolicy: 'cap_at_zero' } });
  });

  it('restores redeemed points into the lots they came from, once', async () => {
    const m = await makeMember(db.db, chain.tenantId);
    await earn(m.id, 20_000, at('2025-02-01T00:00:00Z')); // 200, lapses end of 2026
    await earn(m.id, 20_000, at('2026-02-01T00:00:00Z')); // 200, lapses end of 2027
    const t = at('2026-09-01T00:00:00Z');
    await redeemPoints(ctxAt(t), {
      memberId: m.id,
      storeId: store(),
      points: 300,
      orderTotalCents: 100_000,
      refType: 'order',
      refId: 'z',
    });
    const back = await restoreRedeemedPoints(ctxAt(t), {
      refType: 'order',
      refId: 'z',
      storeId: store(),
      part: 1,
      whole: 1,
    });
    expect(back).toEqual({ restored: 300, balance: 400 });
    expect((await getPoints(ctxAt(t), m.id)).lots.map((l) => l.remaining)).toEqual([200, 200]);
    expect(
      (
        await restoreRedeemedPoints(ctxAt(t), {
          refType: 'order',
          refId: 'z',
          storeId: store(),
          part: 1,
          whole: 1,
        })
      ).restored,
    ).toBe(0);
  });

  it('the daily job lapses due lots across members', async () => {
    const m = await makeMember(db.db, chain.tenantId);
    await earn(m.id, 7_700, at('2024-01-10T00:00:00Z'));
    const result = await expireDuePoints(db.db, at('2030-01-01T00:00:00Z'));
    expect(result.points).toBeGreaterThanOrEqual(77);
    expect((await getPoints(ctxAt(at('2030-01-01T00:00:00Z')), m.id)).balance).toBe(0);
  });

  it('any sequence of earning, redeeming and time passing keeps balance = ledger = lots, oldest first', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('earn' as const), paid: fc.integer({ min: 1, max: 50_000 }) }),
            fc.record({ kind: fc.constant('redeem' as const), points: fc.integer({ min: 1, max: 400 }) }),
            fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 400 }) }),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        async (steps) => {
          const m = await makeMember(db.db, chain.tenantId);
          let now = at('2026-01-15T00:00:00Z');
          for (const step of steps) {
            try {
              if (step.kind === 'earn') await earn(m.id, step.paid, now);
              else if (step.kind === 'wait') now = new Date(now.getTime() + step.days * 86_400_000);
              else {
                const before = await getPoints(ctxAt(now), m.id);
                await redeemPoints(ctxAt(now), {
                  memberId: m.id,
                  storeId: store(),
                  points: step.points,
                  orderTotalCents: 10_000_000,
                  refType: 'order',
                  refId: `p${++seq}`,
                });
                const after = await getPoints(ctxAt(now), m.id);
                // Oldest first: a lot is touched only if every lot lapsing before it is used up.
                const touched = before.lots.filter(
                  (l) => (after.lots.find((a) => a.id === l.id)?.remaining ?? 0) !== l.remaining,
                );
                const lastTouched = touched.at(-1);
                if (lastTouched) {
                  for (const l of before.lots) {
                    if ((l.expiresAt ?? '9') < (lastTouched.expiresAt ?? '9'))
                      expect(after.lots.find((a) => a.id === l.id)).toBeUndefined();
                  }
                }
              }
            } catch (err) {
              if (!(err instanceof AppError) || err.code !== 'INSUFFICIENT_POINTS') throw err;
            }
            const s = await getPoints(ctxAt(now), m.id);
            expect(s.balance).toBeGreaterThanOrEqual(0);
            expect(s.lots.reduce((a, l) => a + l.remaining, 0)).toBe(s.balance);
            expect(s.lots.every((l) => l.expiresAt === null || l.expiresAt > now.toISOString())).toBe(true);
          }
        },
      ),
      { numRuns: TEST_DIALECT === 'postgres' ? 15 : 40 },
    );
    expect((await runChecks(db)).filter((r) => !r.ok)).toEqual([]);
  }, 120_000);
});

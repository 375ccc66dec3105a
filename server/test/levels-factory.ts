import type { Db } from '../src/db/schema.ts';
import { createLevel } from '../src/modules/members/save-level.ts';
import type { TenantSettings } from '../src/modules/tenancy/settings.ts';
import { updateTenantProfile } from '../src/modules/tenancy/update-settings.ts';
import { recordRecharge } from '../src/modules/wallet/record-recharge.ts';
import { makeChain, sysCtx } from './factories.ts';

type Chain = Awaited<ReturnType<typeof makeChain>>;

/** A recharge booked at a given moment (the clock is passed in). */
export const rechargeAt = (db: Db, c: Chain, memberId: string, amountCents: number, at: string) =>
  recordRecharge(sysCtx(db, c.tenantId, new Date(at)), {
    memberId,
    storeId: c.storeA.id,
    amountCents,
    paymentMethod: 'cash',
  });

export const memberRow = (db: Db, id: string) =>
  db.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

export const historyOf = (db: Db, memberId: string) =>
  db
    .selectFrom('member_level_history')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('at')
    .orderBy('id')
    .execute();

export const auditOf = (db: Db, memberId: string, action: string) =>
  db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_id', '=', memberId)
    .where('action', '=', action)
    .execute();

/** A fresh tenant with 银卡 (rank 1) and 金卡 (rank 2) on the given basis. */
export async function tenantWithLevels(
  db: Db,
  code: string,
  basis: TenantSettings['levelBasis'],
  silver = 50_000,
  gold = 200_000,
) {
  const c = await makeChain(db, code);
  const ctx = sysCtx(db, c.tenantId);
  await updateTenantProfile(ctx, { settings: { levelBasis: basis } });
  return {
    c,
    silver: await createLevel(ctx, { rank: 1, name: '银卡', threshold: silver, discountPercent: 98 }),
    gold: await createLevel(ctx, {
      rank: 2,
      name: '金卡',
      threshold: gold,
      discountPercent: 95,
      pointsMultiplierPercent: 150,
    }),
  };
}

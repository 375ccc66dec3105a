import { sql } from 'kysely';
import type { Ctx } from '../../shared/context.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { endOfDay } from './balance-period.ts';

export interface LiabilityFigures {
  /** Stored value the members paid in and have not spent: owed back on a refund. */
  principalCents: number;
  /** Bonus value still to be honoured (never paid back in cash). */
  bonusCents: number;
  points: number;
  /** The points at the tenant's redemption rate (points ÷ points-per-yuan), rounded down. */
  pointsValueCents: number;
  /** Sessions of counted cards not yet used (held by bookings included), unexpired. */
  cardSessions: number;
  /** Their price share: card price × unused ÷ sold per card, rounded down (the refund rule). */
  cardValueCents: number;
  /** Gift cards' unspent, unexpired balances. */
  giftCardCents: number;
}

export interface LiabilityRow extends LiabilityFigures {
  /** null: value with no store to belong to (a member without a home store, before origins). */
  storeId: string | null;
  storeCode: string;
  storeName: string;
}

export interface Liability {
  asOf: string;
  rows: LiabilityRow[];
  total: LiabilityFigures;
}

const ZERO: LiabilityFigures = {
  principalCents: 0,
  bonusCents: 0,
  points: 0,
  pointsValueCents: 0,
  cardSessions: 0,
  cardValueCents: 0,
  giftCardCents: 0,
};

/**
 * What the merchant owes its members at the end of a day, by store. Stored value belongs to the
 * store it was recharged in (its origin parts, as the settlement reads them; value from before
 * origins were kept to the member's home store); points to the member's home store; a counted card
 * and a gift card to the store that sold or issued it. Each column is its ledger summed to the
 * day, so with every store shown the totals are the ledgers' (what `cli check` proves).
 */
export async function getLiability(ctx: Ctx, q: { storeId?: string; asOf?: string }): Promise<Liability> {
  requirePermission(ctx.actor, 'reports.read');
  if (q.storeId) requireStore(ctx.actor, q.storeId);
  const { asOf, at } = await endOfDay(ctx, q.asOf);
  const { settings } = await getTenantProfile(ctx);
  const scope: readonly string[] | 'all' = q.storeId ? [q.storeId] : ctx.actor.storeIds;
  const stores = await ctx.db
    .selectFrom('stores')
    .select(['id', 'code', 'name'])
    .where('tenant_id', '=', ctx.tenantId)
    .orderBy('code')
    .orderBy('id')
    .execute();

  const byStore = new Map<string | null, LiabilityFigures>();
  const add = (storeId: string | null, figures: Partial<LiabilityFigures>) => {
    const row = byStore.get(storeId) ?? { ...ZERO };
    for (const k of Object.keys(ZERO) as (keyof LiabilityFigures)[]) row[k] += figures[k] ?? 0;
    byStore.set(storeId, row);
  };
  for (const r of await storedValueByOrigin(ctx, at)) add(r.storeId, r);
  for (const r of await storedValueBeforeOrigins(ctx, at)) add(r.storeId, r);
  for (const r of await pointsByHomeStore(ctx, at)) add(r.storeId, { points: r.points });
  for (const r of await cardsByStore(ctx, at)) add(r.storeId, r);
  for (const r of await giftCardsByStore(ctx, at)) add(r.storeId, { giftCardCents: r.giftCardCents });

  const shown = stores.filter((s) => scope === 'all' || scope.includes(s.id));
  const rows: LiabilityRow[] = shown.map((s) => ({
    storeId: s.id,
    storeCode: s.code,
    storeName: s.name,
    ...withPointsValue(byStore.get(s.id) ?? ZERO, settings.pointsPerYuanRedeemed),
  }));
  const unassigned = byStore.get(null);
  if (scope === 'all' && unassigned && Object.values(unassigned).some((v) => v !== 0))
    rows.push({
      storeId: null,
      storeCode: '',
      storeName: '',
      ...withPointsValue(unassigned, settings.pointsPerYuanRedeemed),
    });
  const total = { ...ZERO };
  for (const r of rows) for (const k of Object.keys(ZERO) as (keyof LiabilityFigures)[]) total[k] += r[k];
  return { asOf, rows, total };
}

function withPointsValue(f: LiabilityFigures, pointsPerYuan: number): LiabilityFigures {
  return { ...f, pointsValueCents: Math.floor((f.points * 100) / pointsPerYuan) };
}

const num = (v: unknown) => Number(v ?? 0);

async function storedValueByOrigin(ctx: Ctx, at: string) {
  const rows = await ctx.db
    .selectFrom('stored_value_origin_entries')
    .select((eb) => [
      'origin_store_id',
      eb.fn.sum<number>('principal_delta').as('principal'),
      eb.fn.sum<number>('bonus_delta').as('bonus'),
    ])
    .where('tenant_id', '=', ctx.tenantId)
    .where('at', '<', at)
    .groupBy('origin_store_id')
    .execute();
  return rows.map((r) => ({
    storeId: r.origin_store_id as string | null,
    principalCents: num(r.principal),
    bonusCents: num(r.bonus),
  }));
}

/** Ledger value not yet split into origin parts on that day: the member's home store's. */
async function storedValueBeforeOrigins(ctx: Ctx, at: string) {
  const t = ctx.tenantId;
  const rows = await sql<{ home_store_id: string | null; principal: number; bonus: number }>`
    select m.home_store_id, sum(l.principal - coalesce(o.principal, 0)) as principal,
           sum(l.bonus - coalesce(o.bonus, 0)) as bonus
    from (select member_id, sum(principal_delta) as principal, sum(bonus_delta) as bonus
          from stored_value_ledger where tenant_id = ${t} and at < ${at} group by member_id) l
    left join (select member_id, sum(principal_delta) as principal, sum(bonus_delta) as bonus
          from stored_value_origin_entries where tenant_id = ${t} and at < ${at} group by member_id) o
      on o.member_id = l.member_id
    join members m on m.tenant_id = ${t} and m.id = l.member_id
    where l.principal <> coalesce(o.principal, 0) or l.bonus <> coalesce(o.bonus, 0)
    group by m.home_store_id`.execute(ctx.db);
  return rows.rows.map((r) => ({
    storeId: r.home_store_id,
    principalCents: num(r.principal),
    bonusCents: num(r.bonus),
  }));
}

async function pointsByHomeStore(ctx: Ctx, at: string) {
  const rows = await ctx.db
    .selectFrom('points_ledger as l')
    .innerJoin('members as m', (j) =>
      j.onRef('m.tenant_id', '=', 'l.tenant_id').onRef('m.id', '=', 'l.member_id'),
    )
    .select((eb) => ['m.home_store_id', eb.fn.sum<number>('l.delta').as('points')])
    .where('l.tenant_id', '=', ctx.tenantId)
    .where('m.tenant_id', '=', ctx.tenantId)
    .where('l.at', '<', at)
    .groupBy('m.home_store_id')
    .execute();
  return rows.map((r) => ({ storeId: r.home_store_id, points: num(r.points) }));
}

/**
 * Unused sessions of each counted card on the day: the ledger without the booking holds (a held
 * session is still unused) and less the held sessions used since; cards expired by then excluded.
 */
async function cardsByStore(ctx: Ctx, at: string) {
  const t = ctx.tenantId;
  const rows = await sql<{ store_id: string; price_cents: number; sold: number; unused: number }>`
    select c.store_id, c.price_cents,
      (select coalesce(sum(i.sessions_total), 0) from member_card_items i
        where i.tenant_id = ${t} and i.member_card_id = c.id) as sold,
      (select coalesce(sum(case when l.kind = 'consume_reserved' then -1
                                when l.kind in ('reserve', 'release') then 0 else l.delta end), 0)
         from card_session_ledger l
        where l.tenant_id = ${t} and l.member_card_id = c.id and l.at < ${at}) as unused
    from member_cards c
    where c.tenant_id = ${t} and c.kind = 'counted' and c.issued_at < ${at}
      and (c.expires_at is null or c.expires_at >= ${at})`.execute(ctx.db);
  const out = new Map<string, { cardSessions: number; cardValueCents: number }>();
  for (const r of rows.rows) {
    const unused = num(r.unused);
    const sold = num(r.sold);
    if (unused <= 0) continue;
    const row = out.get(r.store_id) ?? { cardSessions: 0, cardValueCents: 0 };
    row.cardSessions += unused;
    row.cardValueCents += sold > 0 ? Math.floor((num(r.price_cents) * unused) / sold) : 0;
    out.set(r.store_id, row);
  }
  return [...out].map(([storeId, r]) => ({ storeId: storeId as string | null, ...r }));
}

async function giftCardsByStore(ctx: Ctx, at: string) {
  const rows = await ctx.db
    .selectFrom('gift_card_ledger as l')
    .innerJoin('gift_cards as g', (j) =>
      j.onRef('g.tenant_id', '=', 'l.tenant_id').onRef('g.id', '=', 'l.gift_card_id'),
    )
    .select((eb) => ['g.store_id', eb.fn.sum<number>('l.delta_cents').as('balance')])
    .where('l.tenant_id', '=', ctx.tenantId)
    .where('g.tenant_id', '=', ctx.tenantId)
    .where('l.at', '<', at)
    .where((eb) => eb.or([eb('g.expires_at', 'is', null), eb('g.expires_at', '>=', at)]))
    .groupBy('g.store_id')
    .execute();
  return rows.map((r) => ({ storeId: r.store_id as string | null, giftCardCents: num(r.balance) }));
}

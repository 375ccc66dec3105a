import { sql } from 'kysely';
import type { StoredValueOriginKind } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { allocate } from '../../shared/money.ts';
import { selectMember } from '../members/queries.ts';
import type { Balances, Movement } from './stored-value.ts';

/**
 * Which store holds each part of a member's stored value — the store it was recharged in (its
 * origin). The cross-store settlement reads these parts: a payment in store B that spends money
 * recharged in store A is money A owes B. Rules (docs/settlement.md):
 *
 * - a credit (recharge, opening, positive adjustment) belongs to the store it happens in;
 * - a payment draws on every origin in proportion to what each holds (principal and bonus each
 *   by their own balances, largest remainder), like the default principal/bonus split;
 * - a sale refund gives each origin back what the order's payment took from it, in proportion to
 *   what is not yet given back;
 * - a recharge refund (and a negative adjustment) takes from its own store's part first, the rest
 *   in proportion from the others;
 * - value that predates origin tracking (imports, balances before migration 0022) is taken in as
 *   the member's home store's (`carry_in`) before the next movement.
 */

type Part = { origin: string; principal: number; bonus: number };

/** The movement's origin parts, written with its ledger row in the caller's transaction. */
export async function attributeMovement(
  ctx: Ctx,
  m: Movement,
  ledgerId: string,
  before: Balances,
): Promise<void> {
  const pools = await originBalances(ctx, m.memberId);
  const held = pools.reduce((s, p) => ({ principal: s.principal + p.principal, bonus: s.bonus + p.bonus }), {
    principal: 0,
    bonus: 0,
  });
  const gap = { principal: before.principalCents - held.principal, bonus: before.bonusCents - held.bonus };
  if (gap.principal < 0 || gap.bonus < 0) {
    throw new Error(`stored value origins of member ${m.memberId} exceed the balance`);
  }
  if (gap.principal > 0 || gap.bonus > 0) {
    const home = await fallbackStore(ctx, m.memberId, m.storeId);
    if (!home) return; // a tenant without stores has nowhere to place value; the next move retries
    const carried = { origin: home, ...gap };
    await writeParts(ctx, m, ledgerId, 'carry_in', [carried], m.refType, m.refId);
    const pool = pools.find((p) => p.origin === home);
    if (pool) {
      pool.principal += gap.principal;
      pool.bonus += gap.bonus;
    } else {
      pools.push(carried);
      pools.sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0));
    }
  }

  const parts = new Map<string, Part>();
  const add = (origin: string, key: 'principal' | 'bonus', amount: number) => {
    if (amount === 0) return;
    const part = parts.get(origin) ?? { origin, principal: 0, bonus: 0 };
    part[key] += amount;
    parts.set(origin, part);
  };
  let ref = { type: m.refType, id: m.refId };
  let given: Part[] | null = null;
  if (m.kind === 'spend_reversal' && m.reverses) {
    ref = { type: m.reverses.refType, id: m.reverses.refId };
    given = await notYetGivenBack(ctx, ref.type, ref.id);
  }
  for (const key of ['principal', 'bonus'] as const) {
    const delta = key === 'principal' ? m.principalDelta : m.bonusDelta;
    if (delta > 0) {
      const own = m.storeId ?? (await fallbackStore(ctx, m.memberId, null));
      if (!own) return;
      let rest = delta;
      if (given) {
        const open = given.map((g) => Math.max(0, g[key]));
        const back = Math.min(
          rest,
          open.reduce((a, b) => a + b, 0),
        );
        allocate(back, open).forEach((amount, i) => {
          add(given[i]!.origin, key, amount);
        });
        rest -= back;
      }
      add(own, key, rest);
    } else if (delta < 0) {
      const first = m.kind === 'spend' ? null : (m.originStoreId ?? m.storeId);
      for (const [origin, amount] of drawDown(-delta, pools, key, first)) add(origin, key, -amount);
    }
  }
  await writeParts(ctx, m, ledgerId, m.kind, [...parts.values()], ref.type, ref.id);
}

/**
 * Splits a debit over the origins: from `first`'s part first (when given), the rest in proportion
 * to what each origin holds. Never takes more than an origin holds, since the total held equals
 * the balance the guarded update just debited.
 */
export function drawDown(
  amount: number,
  pools: readonly Part[],
  key: 'principal' | 'bonus',
  first: string | null,
): Map<string, number> {
  const out = new Map<string, number>();
  let rest = amount;
  const own = first ? pools.find((p) => p.origin === first) : undefined;
  if (own) {
    const take = Math.min(rest, own[key]);
    if (take > 0) out.set(own.origin, take);
    rest -= take;
  }
  const others = pools.filter((p) => p !== own);
  allocate(
    rest,
    others.map((p) => p[key]),
  ).forEach((take, i) => {
    if (take > 0) out.set(others[i]!.origin, (out.get(others[i]!.origin) ?? 0) + take);
  });
  return out;
}

/** The member's parts by origin store (rows locked behind the account's guarded update). */
async function originBalances(ctx: Ctx, memberId: string): Promise<Part[]> {
  const rows = await ctx.db
    .selectFrom('stored_value_origin_balances')
    .select(['origin_store_id', 'principal_cents', 'bonus_cents'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', memberId)
    .orderBy('origin_store_id')
    .execute();
  return rows.map((r) => ({ origin: r.origin_store_id, principal: r.principal_cents, bonus: r.bonus_cents }));
}

/** Per origin, what an order's stored-value payments took and its refunds have not yet given back. */
async function notYetGivenBack(ctx: Ctx, refType: string, refId: string): Promise<Part[]> {
  const rows = await ctx.db
    .selectFrom('stored_value_origin_entries')
    .select((eb) => [
      'origin_store_id',
      eb.fn.sum<number>('principal_delta').as('principal'),
      eb.fn.sum<number>('bonus_delta').as('bonus'),
    ])
    .where('tenant_id', '=', ctx.tenantId)
    .where('ref_type', '=', refType)
    .where('ref_id', '=', refId)
    .where('kind', 'in', ['spend', 'spend_reversal'])
    .groupBy('origin_store_id')
    .orderBy('origin_store_id')
    .execute();
  return rows.map((r) => ({
    origin: r.origin_store_id,
    principal: 0 - Number(r.principal),
    bonus: 0 - Number(r.bonus),
  }));
}

/** Where value with no recorded origin belongs: the member's home store, else where it moves. */
async function fallbackStore(ctx: Ctx, memberId: string, storeId: string | null): Promise<string | null> {
  const member = await selectMember(ctx.db, ctx.tenantId, memberId);
  if (member?.home_store_id) return member.home_store_id;
  if (storeId) return storeId;
  const first = await ctx.db
    .selectFrom('stores')
    .select('id')
    .where('tenant_id', '=', ctx.tenantId)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
  return first?.id ?? null;
}

async function writeParts(
  ctx: Ctx,
  m: Movement,
  ledgerId: string,
  kind: StoredValueOriginKind,
  parts: readonly Part[],
  refType: string,
  refId: string,
): Promise<void> {
  const now = ctx.now.toISOString();
  const live = parts.filter((p) => p.principal !== 0 || p.bonus !== 0);
  if (live.length === 0) return;
  await ctx.db
    .insertInto('stored_value_origin_entries')
    .values(
      live.map((p) => ({
        tenant_id: ctx.tenantId,
        id: uuidv7(ctx.now.getTime()),
        ledger_id: ledgerId,
        member_id: m.memberId,
        origin_store_id: p.origin,
        store_id: m.storeId,
        at: now,
        kind,
        ref_type: refType,
        ref_id: refId,
        principal_delta: p.principal,
        bonus_delta: p.bonus,
      })),
    )
    .execute();
  for (const p of live) {
    // Guarded like the account itself: a part never goes below zero, whatever the arithmetic above.
    const row = await ctx.db
      .insertInto('stored_value_origin_balances')
      .values({
        tenant_id: ctx.tenantId,
        member_id: m.memberId,
        origin_store_id: p.origin,
        principal_cents: p.principal,
        bonus_cents: p.bonus,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'member_id', 'origin_store_id'])
          .doUpdateSet({
            principal_cents: sql`stored_value_origin_balances.principal_cents + ${p.principal}`,
            bonus_cents: sql`stored_value_origin_balances.bonus_cents + ${p.bonus}`,
            updated_at: now,
          })
          .where(
            sql<boolean>`stored_value_origin_balances.principal_cents + ${p.principal} >= 0 and stored_value_origin_balances.bonus_cents + ${p.bonus} >= 0`,
          ),
      )
      .returning(['principal_cents', 'bonus_cents'])
      .executeTakeFirst();
    if (!row || row.principal_cents < 0 || row.bonus_cents < 0) {
      throw new Error(`stored value origin ${p.origin} of member ${m.memberId} would go below zero`);
    }
  }
}

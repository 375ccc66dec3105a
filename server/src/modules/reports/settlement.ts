import type { Ctx } from '../../shared/context.ts';
import { requirePermission } from '../auth/permissions.ts';
import { type DayRange, dayRange } from './balance-period.ts';

/**
 * The entries that move money between stores: a payment (spend), its refund (spend_reversal, which
 * cancels it) and a recharge refund paid out in a store other than the one holding the money.
 */
const SETTLED_KINDS = ['spend', 'spend_reversal', 'recharge_refund'] as const;

export interface SettlementStore {
  storeId: string;
  code: string;
  name: string;
}

export interface SettlementCell {
  /** Where the money was recharged (it holds the cash): this store owes… */
  rechargeStoreId: string;
  /** …the store where it was spent (or paid back), which gave the goods or the cash. */
  spendStoreId: string;
  principalCents: number;
  bonusCents: number;
}

export interface SettlementNet {
  storeId: string;
  /** Principal of other stores' money spent here: what the others owe this store. */
  receivableCents: number;
  /** Principal of this store's money spent elsewhere: what it owes the others. */
  payableCents: number;
  /** receivable − payable: positive is paid to the store, negative is paid by it. */
  netCents: number;
}

export interface Settlement {
  from: string;
  to: string;
  stores: SettlementStore[];
  cells: SettlementCell[];
  nets: SettlementNet[];
  /** Σ net of the stores shown: zero when every store is shown. */
  totalNetCents: number;
}

/**
 * The cross-store settlement of a period: stored value recharged in one store and spent in another,
 * by the origin parts written with each stored-value ledger row (wallet/origin-stores.ts). Only
 * principal settles — it is the cash the recharge store took in; bonus is shown beside it (the
 * store that honours it bears it like its own discount). A user bound to some stores sees the pairs
 * that touch them and their own nets.
 */
export async function getSettlement(ctx: Ctx, q: { from?: string; to?: string }): Promise<Settlement> {
  requirePermission(ctx.actor, 'reports.read');
  const range = await dayRange(ctx, q);
  const scope = ctx.actor.storeIds;
  const cells = await settlementCells(ctx, range, scope);
  const stores = (
    await ctx.db
      .selectFrom('stores')
      .select(['id', 'code', 'name'])
      .where('tenant_id', '=', ctx.tenantId)
      .orderBy('code')
      .orderBy('id')
      .execute()
  ).map((s) => ({ storeId: s.id, code: s.code, name: s.name }));
  const own = scope === 'all' ? stores : stores.filter((s) => scope.includes(s.storeId));
  const nets = own.map((s) => netOf(s.storeId, cells));
  const shownIds = new Set([
    ...own.map((s) => s.storeId),
    ...cells.flatMap((c) => [c.rechargeStoreId, c.spendStoreId]),
  ]);
  return {
    from: range.from,
    to: range.to,
    stores: stores.filter((s) => shownIds.has(s.storeId)),
    cells,
    nets,
    totalNetCents: nets.reduce((s, n) => s + n.netCents, 0),
  };
}

export function netOf(storeId: string, cells: readonly SettlementCell[]): SettlementNet {
  let receivable = 0;
  let payable = 0;
  for (const c of cells) {
    if (c.rechargeStoreId === c.spendStoreId) continue;
    if (c.spendStoreId === storeId) receivable += c.principalCents;
    if (c.rechargeStoreId === storeId) payable += c.principalCents;
  }
  return { storeId, receivableCents: receivable, payableCents: payable, netCents: receivable - payable };
}

/** Recharge store × spend store sums of the period (a store's own money spent in it included). */
async function settlementCells(
  ctx: Ctx,
  range: DayRange,
  scope: readonly string[] | 'all',
): Promise<SettlementCell[]> {
  if (scope !== 'all' && scope.length === 0) return [];
  let q = ctx.db
    .selectFrom('stored_value_origin_entries')
    .select((eb) => [
      'origin_store_id',
      'store_id',
      eb.fn.sum<number>('principal_delta').as('principal'),
      eb.fn.sum<number>('bonus_delta').as('bonus'),
    ])
    .where('tenant_id', '=', ctx.tenantId)
    .where('kind', 'in', SETTLED_KINDS)
    .where('at', '>=', range.fromAt)
    .where('at', '<', range.toAt)
    .where('store_id', 'is not', null);
  if (scope !== 'all')
    q = q.where((eb) => eb.or([eb('origin_store_id', 'in', scope), eb('store_id', 'in', scope)]));
  const rows = await q
    .groupBy(['origin_store_id', 'store_id'])
    .orderBy('origin_store_id')
    .orderBy('store_id')
    .execute();
  return rows
    .map((r) => ({
      rechargeStoreId: r.origin_store_id,
      spendStoreId: r.store_id ?? '',
      // Entries are deltas of the member's balance: what was spent is their negation.
      principalCents: 0 - Number(r.principal),
      bonusCents: 0 - Number(r.bonus),
    }))
    .filter((c) => c.principalCents !== 0 || c.bonusCents !== 0);
}

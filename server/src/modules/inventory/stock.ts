import { forUpdate } from '../../db/dialect.ts';
import type { StockEntryKind } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { divRound } from '../../shared/money.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';

export interface StockMove {
  storeId: string;
  productId: string;
  kind: StockEntryKind;
  refType: string;
  refId: string;
  /** Units in (positive) or out (negative). */
  qty: number;
  /**
   * The value of units coming in (purchase cost, a transfer's value, a refund's cost back); when
   * omitted they come in at the current moving average (or the standard cost with nothing on hand),
   * so a found unit does not move the average. Ignored on the way out: what leaves takes its
   * moving-average share of the value.
   */
  valueCents?: number;
  /**
   * Whether this move may take stock below zero. Omitted: the tenant's `allowNegativeStock`
   * setting decides (read only when the stock is short).
   */
  allowNegative?: boolean;
  note?: string;
}

export interface StockAfter {
  onHand: number;
  valueCents: number;
  /** The value that moved: positive in, negative out. */
  valueDeltaCents: number;
}

/**
 * The value that leaves with `qty` units: their moving-average share of what is on hand. Taking
 * everything takes all the value, so none is stranded; units taken below zero go at the last
 * average, or at the product's standard cost when nothing is on hand.
 */
export function outgoingValue(onHand: number, valueCents: number, qty: number, standardCost: number): number {
  if (onHand <= 0) return qty * standardCost;
  if (qty <= onHand) return qty === onHand ? valueCents : divRound(valueCents * qty, onHand);
  return valueCents + (qty - onHand) * divRound(valueCents, onHand);
}

/** The value of `qty` units coming in with no price of their own: at the current average. */
export function incomingValue(onHand: number, valueCents: number, qty: number, standardCost: number): number {
  if (onHand <= 0 || valueCents < 0) return qty * standardCost;
  return divRound(valueCents * qty, onHand);
}

export async function negativeStockAllowed(ctx: Ctx): Promise<boolean> {
  return (await getTenantProfile(ctx)).settings.allowNegativeStock;
}

/**
 * Moves stock of one product in one store: locks the level row, computes the value that moves,
 * updates the level with a guard on what was read, and appends the ledger row. Runs inside the
 * caller's transaction (a sale, a receipt, a transfer).
 */
export async function moveStock(ctx: Ctx, move: StockMove): Promise<StockAfter> {
  if (!Number.isSafeInteger(move.qty) || move.qty === 0)
    throw new AppError('VALIDATION_FAILED', 'A stock movement moves a whole number of units', {
      field: 'qty',
    });
  const at = ctx.now.toISOString();
  const readLevel = () =>
    forUpdate(
      ctx.db,
      ctx.db
        .selectFrom('stock_levels')
        .innerJoin('products', (j) =>
          j
            .onRef('products.tenant_id', '=', 'stock_levels.tenant_id')
            .onRef('products.id', '=', 'stock_levels.product_id'),
        )
        .select(['stock_levels.on_hand', 'stock_levels.value_cents', 'products.cost_cents'])
        .where('stock_levels.tenant_id', '=', ctx.tenantId)
        .where('stock_levels.store_id', '=', move.storeId)
        .where('stock_levels.product_id', '=', move.productId),
      // Only the level is locked: the product row stays free for the chain's other stores.
      'stock_levels',
    ).executeTakeFirst();
  let level = await readLevel();
  if (!level) {
    await ctx.db
      .insertInto('stock_levels')
      .values({
        tenant_id: ctx.tenantId,
        store_id: move.storeId,
        product_id: move.productId,
        on_hand: 0,
        value_cents: 0,
        updated_at: at,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'store_id', 'product_id']).doNothing())
      .execute();
    level = await readLevel();
    if (!level) throw new AppError('PRODUCT_NOT_FOUND', 'No such product', { productId: move.productId });
  }

  let valueDelta: number;
  if (move.qty > 0) {
    valueDelta =
      move.valueCents ?? incomingValue(level.on_hand, level.value_cents, move.qty, level.cost_cents);
    if (!Number.isSafeInteger(valueDelta) || valueDelta < 0)
      throw new AppError('INVALID_AMOUNT', 'Stock comes in at a value of zero or more', {
        field: 'valueCents',
      });
  } else {
    const out = -move.qty;
    if (level.on_hand < out && !(move.allowNegative ?? (await negativeStockAllowed(ctx)))) {
      throw new AppError('OUT_OF_STOCK', 'Not enough stock', {
        productId: move.productId,
        onHand: level.on_hand,
        wanted: out,
      });
    }
    valueDelta = -outgoingValue(level.on_hand, level.value_cents, out, level.cost_cents);
  }
  const onHand = level.on_hand + move.qty;
  const valueCents = level.value_cents + valueDelta;
  const updated = await ctx.db
    .updateTable('stock_levels')
    .set({ on_hand: onHand, value_cents: valueCents, updated_at: at })
    .where('tenant_id', '=', ctx.tenantId)
    .where('store_id', '=', move.storeId)
    .where('product_id', '=', move.productId)
    .where('on_hand', '=', level.on_hand)
    .where('value_cents', '=', level.value_cents)
    .executeTakeFirst();
  // The row is locked (PostgreSQL) or the writer is alone (SQLite): a miss here is a bug.
  if (Number(updated.numUpdatedRows) !== 1) throw new Error('stock level changed under its lock');
  await ctx.db
    .insertInto('stock_ledger')
    .values({
      tenant_id: ctx.tenantId,
      id: uuidv7(ctx.now.getTime()),
      store_id: move.storeId,
      product_id: move.productId,
      at,
      actor_user_id: ctx.actor.userId,
      kind: move.kind,
      ref_type: move.refType,
      ref_id: move.refId,
      qty_delta: move.qty,
      value_delta_cents: valueDelta,
      on_hand_after: onHand,
      value_after_cents: valueCents,
      note: move.note ?? '',
    })
    .execute();
  return { onHand, valueCents, valueDeltaCents: valueDelta };
}

import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { canActInStore, requirePermission, requireStore } from '../auth/permissions.ts';
import type { CartLineInput } from './cart.ts';

/** A cart put aside (挂单) before payment: nothing is charged or reserved until it is paid. */
export interface HeldCart {
  memberId?: string | null;
  lines: CartLineInput[];
  manualDiscount?: { kind: 'percent' | 'amount'; value: number; reason: string } | null;
  pointsToRedeem?: number;
}

export interface HeldOrder {
  id: string;
  storeId: string;
  label: string;
  memberId: string | null;
  cart: HeldCart;
  heldBy: string | null;
  heldAt: string;
}

export async function holdOrder(
  ctx: Ctx,
  input: { storeId: string; label?: string; cart: HeldCart },
): Promise<HeldOrder> {
  requirePermission(ctx.actor, 'pos.sell');
  requireStore(ctx.actor, input.storeId);
  if (input.cart.lines.length === 0)
    throw new AppError('VALIDATION_FAILED', 'The cart is empty', { field: 'cart.lines' });
  const id = uuidv7(ctx.now.getTime());
  const row = {
    tenant_id: ctx.tenantId,
    id,
    store_id: input.storeId,
    label: input.label?.trim() ?? '',
    member_id: input.cart.memberId ?? null,
    cart: JSON.stringify(input.cart),
    held_by: ctx.actor.userId,
    held_at: ctx.now.toISOString(),
  };
  await ctx.db.insertInto('held_orders').values(row).execute();
  return toHeld(row);
}

export async function listHeldOrders(ctx: Ctx, storeId: string): Promise<HeldOrder[]> {
  requirePermission(ctx.actor, 'pos.sell');
  requireStore(ctx.actor, storeId);
  const rows = await ctx.db
    .selectFrom('held_orders')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('store_id', '=', storeId)
    .orderBy('held_at')
    .execute();
  return rows.map(toHeld);
}

/**
 * Takes a held cart back to a till (any till of the store), or voids it. Either removes the row
 * with one guarded delete, so two tills can never both resume the same cart.
 */
export async function takeHeldOrder(ctx: Ctx, id: string, action: 'resume' | 'void'): Promise<HeldOrder> {
  requirePermission(ctx.actor, 'pos.sell');
  return inTransaction(ctx, async (tx) => {
    const row = await tx.db
      .selectFrom('held_orders')
      .selectAll()
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row || !canActInStore(tx.actor, row.store_id))
      throw new AppError('HELD_ORDER_NOT_FOUND', 'No such held order (resumed or voided already?)', { id });
    const gone = await tx.db
      .deleteFrom('held_orders')
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(gone.numDeletedRows) !== 1)
      throw new AppError('HELD_ORDER_NOT_FOUND', 'No such held order (resumed or voided already?)', { id });
    const held = toHeld(row);
    if (action === 'void') {
      await recordAudit(tx, {
        action: 'sales.held_voided',
        entity: 'held_order',
        entityId: id,
        storeId: row.store_id,
        before: held,
      });
    }
    return held;
  });
}

function toHeld(row: {
  id: string;
  store_id: string;
  label: string;
  member_id: string | null;
  cart: string;
  held_by: string | null;
  held_at: string;
}): HeldOrder {
  return {
    id: row.id,
    storeId: row.store_id,
    label: row.label,
    memberId: row.member_id,
    cart: JSON.parse(row.cart) as HeldCart,
    heldBy: row.held_by,
    heldAt: row.held_at,
  };
}

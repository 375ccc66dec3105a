import type { StoreOwnership, StoreStatus } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { selectStore, selectStoreByCode, updateStoreRow } from './queries.ts';
import { type Store, toStore } from './stores.ts';

export interface StorePatch {
  code?: string;
  name?: string;
  address?: string;
  phone?: string;
  ownership?: StoreOwnership;
  status?: StoreStatus;
}

export async function updateStore(ctx: Ctx, storeId: string, patch: StorePatch): Promise<Store> {
  requirePermission(ctx.actor, 'stores.manage');
  requireStore(ctx.actor, storeId);
  return inTransaction(ctx, async (tx) => {
    const before = await selectStore(tx.db, tx.tenantId, storeId);
    if (!before) throw new AppError('STORE_NOT_FOUND', 'No such store', { storeId });
    if (
      patch.code &&
      patch.code !== before.code &&
      (await selectStoreByCode(tx.db, tx.tenantId, patch.code))
    ) {
      throw new AppError('STORE_CODE_TAKEN', `Store code ${patch.code} is already used`, { field: 'code' });
    }
    await updateStoreRow(tx.db, tx.tenantId, storeId, { ...patch, updated_at: tx.now.toISOString() });
    const after = toStore((await selectStore(tx.db, tx.tenantId, storeId))!);
    await recordAudit(tx, {
      action: 'store.update',
      entity: 'store',
      entityId: storeId,
      storeId,
      before: toStore(before),
      after,
    });
    return after;
  });
}

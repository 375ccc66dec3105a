import type { StoreOwnership } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { insertStore, selectStore, selectStoreByCode } from './queries.ts';
import { type Store, toStore } from './stores.ts';

export interface NewStore {
  code: string;
  name: string;
  address?: string;
  phone?: string;
  ownership?: StoreOwnership;
}

export async function createStore(ctx: Ctx, input: NewStore): Promise<Store> {
  requirePermission(ctx.actor, 'stores.manage');
  return inTransaction(ctx, async (tx) => {
    if (await selectStoreByCode(tx.db, tx.tenantId, input.code)) {
      throw new AppError('STORE_CODE_TAKEN', `Store code ${input.code} is already used`, { field: 'code' });
    }
    const now = tx.now.toISOString();
    const id = uuidv7(tx.now.getTime());
    await insertStore(tx.db, {
      tenant_id: tx.tenantId,
      id,
      code: input.code,
      name: input.name,
      address: input.address ?? '',
      phone: input.phone ?? '',
      ownership: input.ownership ?? 'direct',
      status: 'active',
      created_at: now,
      updated_at: now,
    });
    const store = toStore((await selectStore(tx.db, tx.tenantId, id))!);
    await recordAudit(tx, {
      action: 'store.create',
      entity: 'store',
      entityId: id,
      storeId: id,
      after: store,
    });
    return store;
  });
}

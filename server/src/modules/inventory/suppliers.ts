import type { Selectable } from 'kysely';
import type { SuppliersTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';

export interface Supplier {
  id: string;
  name: string;
  contact: string;
  phone: string;
  note: string;
  status: 'active' | 'archived';
  createdAt: string;
}

export interface SupplierInput {
  name: string;
  contact?: string;
  phone?: string;
  note?: string;
}

function toSupplier(r: Selectable<SuppliersTable>): Supplier {
  return {
    id: r.id,
    name: r.name,
    contact: r.contact,
    phone: r.phone,
    note: r.note,
    status: r.status,
    createdAt: r.created_at,
  };
}

export async function listSuppliers(ctx: Ctx, includeArchived = false): Promise<Supplier[]> {
  requirePermission(ctx.actor, 'inventory.read');
  let q = ctx.db.selectFrom('suppliers').selectAll().where('tenant_id', '=', ctx.tenantId);
  if (!includeArchived) q = q.where('status', '=', 'active');
  return (await q.orderBy('name').execute()).map(toSupplier);
}

export async function loadSupplier(ctx: Ctx, id: string): Promise<Supplier> {
  const row = await ctx.db
    .selectFrom('suppliers')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('SUPPLIER_NOT_FOUND', 'No such supplier', { supplierId: id });
  return toSupplier(row);
}

export async function createSupplier(ctx: Ctx, input: SupplierInput): Promise<Supplier> {
  requirePermission(ctx.actor, 'inventory.manage');
  return inTransaction(ctx, async (tx) => {
    const id = uuidv7(tx.now.getTime());
    const at = tx.now.toISOString();
    await tx.db
      .insertInto('suppliers')
      .values({
        tenant_id: tx.tenantId,
        id,
        name: input.name,
        contact: input.contact ?? '',
        phone: input.phone ?? '',
        note: input.note ?? '',
        status: 'active',
        created_at: at,
        updated_at: at,
      })
      .execute();
    const after = await loadSupplier(tx, id);
    await recordAudit(tx, { action: 'supplier.create', entity: 'supplier', entityId: id, after });
    return after;
  });
}

export async function updateSupplier(
  ctx: Ctx,
  id: string,
  patch: Partial<SupplierInput> & { status?: 'active' | 'archived' },
): Promise<Supplier> {
  requirePermission(ctx.actor, 'inventory.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadSupplier(tx, id);
    await tx.db
      .updateTable('suppliers')
      .set({
        name: patch.name ?? before.name,
        contact: patch.contact ?? before.contact,
        phone: patch.phone ?? before.phone,
        note: patch.note ?? before.note,
        status: patch.status ?? before.status,
        updated_at: tx.now.toISOString(),
      })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .execute();
    const after = await loadSupplier(tx, id);
    await recordAudit(tx, { action: 'supplier.update', entity: 'supplier', entityId: id, before, after });
    return after;
  });
}

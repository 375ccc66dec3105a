import type { Insertable, Updateable } from 'kysely';
import { forUpdate } from '../../db/dialect.ts';
import type { Db, MembersTable } from '../../db/schema.ts';

export async function selectMember(db: Db, tenantId: string, id: string, opts: { lock?: boolean } = {}) {
  const q = db.selectFrom('members').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id);
  return (opts.lock ? forUpdate(db, q) : q).executeTakeFirst();
}

export async function selectMembersByIds(db: Db, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('members')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
}

export async function selectMemberIdBy(
  db: Db,
  tenantId: string,
  column: 'phone' | 'card_no' | 'qr_token',
  value: string,
) {
  const row = await db
    .selectFrom('members')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where(column, '=', value)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function insertMember(db: Db, row: Insertable<MembersTable>): Promise<void> {
  await db.insertInto('members').values(row).execute();
}

export async function updateMemberRow(db: Db, tenantId: string, id: string, patch: Updateable<MembersTable>) {
  await db.updateTable('members').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

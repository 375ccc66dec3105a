import { type Insertable, sql, type Updateable } from 'kysely';
import { forUpdate } from '../../db/dialect.ts';
import type { Db, LevelsTable, MemberLevelHistoryTable, MembersTable } from '../../db/schema.ts';

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

export async function selectLevels(db: Db, tenantId: string) {
  return db.selectFrom('levels').selectAll().where('tenant_id', '=', tenantId).orderBy('rank').execute();
}

export async function selectLevel(db: Db, tenantId: string, id: string, opts: { lock?: boolean } = {}) {
  const q = db.selectFrom('levels').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id);
  return (opts.lock ? forUpdate(db, q) : q).executeTakeFirst();
}

export async function insertLevel(db: Db, row: Insertable<LevelsTable>): Promise<void> {
  await db.insertInto('levels').values(row).execute();
}

export async function updateLevelRow(db: Db, tenantId: string, id: string, patch: Updateable<LevelsTable>) {
  await db.updateTable('levels').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function deleteLevelRow(db: Db, tenantId: string, id: string): Promise<void> {
  await db.deleteFrom('levels').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function countMembersAtLevel(db: Db, tenantId: string, levelId: string): Promise<number> {
  const row = await db
    .selectFrom('members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('level_id', '=', levelId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Moves a member to `to` only if they are still at `from` (null = no level): a guarded update, so
 * two writers (a recharge and the yearly review) cannot both move the same member. True if moved.
 */
export async function moveMemberLevel(
  db: Db,
  tenantId: string,
  memberId: string,
  move: { from: string | null; to: string | null; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('members')
    .set({ level_id: move.to, updated_at: move.at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', memberId)
    .where((eb) => (move.from === null ? eb('level_id', 'is', null) : eb('level_id', '=', move.from)))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertLevelHistory(db: Db, row: Insertable<MemberLevelHistoryTable>): Promise<void> {
  await db.insertInto('member_level_history').values(row).execute();
}

export async function selectLevelHistory(db: Db, tenantId: string, memberId: string) {
  return db
    .selectFrom('member_level_history')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('member_id', '=', memberId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** One page of a tenant's members (keyset on id) with what their level is computed from. */
export async function selectMemberLevelBasisPage(
  db: Db,
  tenantId: string,
  afterId: string | null,
  limit: number,
) {
  let q = db
    .selectFrom('members')
    .select([
      'id',
      'level_id',
      'home_store_id',
      'cumulative_spend_cents',
      'recharge_total_cents',
      'points_earned_total',
    ])
    .where('tenant_id', '=', tenantId)
    .where('status', '!=', 'erased');
  if (afterId) q = q.where('id', '>', afterId);
  return q.orderBy('id').limit(limit).execute();
}

/**
 * Net principal each member recharged in [from, to] (refunded principal subtracted). Reads
 * wallet's `recharges` for want of a wallet export; move it there when wallet offers one.
 */
export async function sumRechargedBetween(
  db: Db,
  tenantId: string,
  memberIds: readonly string[],
  window: { from: string; to: string },
): Promise<Map<string, number>> {
  if (memberIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('recharges')
    .select([
      'member_id',
      sql<number>`cast(sum(principal_cents - refunded_principal_cents) as bigint)`.as('net'),
    ])
    .where('tenant_id', '=', tenantId)
    .where('member_id', 'in', memberIds)
    .where('created_at', '>=', window.from)
    .where('created_at', '<=', window.to)
    .groupBy('member_id')
    .execute();
  return new Map(rows.map((r) => [r.member_id, Number(r.net)]));
}

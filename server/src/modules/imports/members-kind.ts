import type { Ctx } from '../../shared/context.ts';
import { listCardProducts } from '../cards/card-products.ts';
import { getTenantProfile, type TenantProfile } from '../tenancy/get-settings.ts';
import { MEMBER_FIELDS, MEMBER_REJECTION_LABELS } from './fields.ts';
import type { BatchOutcome, ImportKindSpec } from './import-kind.ts';
import { type ImportRow, type Lookups, validateRow } from './validate-row.ts';
import { writeBatch } from './write-batch.ts';

/**
 * Members from a legacy system. A row whose phone already belongs to a member is left as it is
 * (unchanged, never overwritten), so running the same file twice adds nothing.
 */
export const memberImport: ImportKindSpec<ImportRow> = {
  kind: 'members',
  permission: 'members.import',
  fields: MEMBER_FIELDS,
  rejectionLabels: MEMBER_REJECTION_LABELS,
  async prepare(ctx, jobId) {
    const profile = await getTenantProfile(ctx);
    const lookups: Lookups = {
      storeIdByCode: new Map(
        (
          await ctx.db
            .selectFrom('stores')
            .select(['code', 'id'])
            .where('tenant_id', '=', ctx.tenantId)
            .execute()
        ).map((s) => [s.code, s.id]),
      ),
      cardProducts: new Map(
        (await listCardProducts(ctx)).map((p) => [
          p.name,
          { id: p.id, items: p.items.map((i) => ({ itemCode: i.itemCode, sessions: i.sessions })) },
        ]),
      ),
    };
    return {
      validate: (cell) => validateRow(cell, lookups),
      keys: (row) => (row.cardNo ? [`phone:${row.phone}`, `card:${row.cardNo}`] : [`phone:${row.phone}`]),
      write: (tx, rows, dryRun) => writeMembers(tx, jobId, rows, dryRun, profile),
      growingTables: ['members', 'stored_value_accounts', 'points_accounts', 'points_lots', 'points_ledger'],
    };
  },
};

async function writeMembers(
  tx: Ctx,
  jobId: string,
  rows: readonly ImportRow[],
  dryRun: boolean,
  profile: TenantProfile,
): Promise<BatchOutcome> {
  const phones = rows.map((r) => r.phone);
  const existing = new Set(
    phones.length
      ? (
          await tx.db
            .selectFrom('members')
            .select('phone')
            .where('tenant_id', '=', tx.tenantId)
            .where('phone', 'in', phones)
            .execute()
        ).map((m) => m.phone)
      : [],
  );
  const cardNos = rows.map((r) => r.cardNo).filter((c): c is string => !!c);
  const takenCards = new Set(
    cardNos.length
      ? (
          await tx.db
            .selectFrom('members')
            .select('card_no')
            .where('tenant_id', '=', tx.tenantId)
            .where('card_no', 'in', cardNos)
            .execute()
        ).map((m) => m.card_no)
      : [],
  );
  const fresh: ImportRow[] = [];
  const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, rejected: [] };
  rows.forEach((row, index) => {
    if (existing.has(row.phone)) outcome.unchanged++;
    else if (row.cardNo && takenCards.has(row.cardNo))
      outcome.rejected.push({ index, reason: 'CARD_NO_TAKEN' });
    else fresh.push(row);
  });
  if (!dryRun) await writeBatch(tx, jobId, fresh, profile);
  outcome.created = fresh.length;
  return outcome;
}

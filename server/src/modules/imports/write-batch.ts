import type { Ctx } from '../../shared/context.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { issueCard } from '../cards/issue-card.ts';
import { namePinyin, newQrToken } from '../members/identity.ts';
import { expiryFor } from '../points/rules.ts';
import { recordNewMembers } from '../reports/record-facts.ts';
import type { TenantProfile } from '../tenancy/get-settings.ts';
import type { ImportRow } from './validate-row.ts';

/**
 * Writes one batch of validated, new members with their opening balances, in the caller's
 * transaction. Multi-row inserts keep a 100,000-row import to minutes; the rows are brand-new
 * accounts, so each balance is exactly its one opening ledger row (the invariant `cli check` proves).
 */
export async function writeBatch(
  ctx: Ctx,
  jobId: string,
  rows: ImportRow[],
  profile: TenantProfile,
): Promise<void> {
  if (rows.length === 0) return;
  const at = ctx.now.toISOString();
  const ref = { ref_type: 'import', ref_id: jobId };
  const members = rows.map((r) => ({ id: uuidv7(ctx.now.getTime()), row: r }));
  const insertAll = async <T>(table: Parameters<Ctx['db']['insertInto']>[0], values: T[]) => {
    for (let i = 0; i < values.length; i += 200) {
      await ctx.db
        .insertInto(table)
        .values(values.slice(i, i + 200) as never)
        .execute();
    }
  };
  await insertAll(
    'members',
    members.map(({ id, row }) => {
      const { full, initials } = namePinyin(row.name);
      return {
        tenant_id: ctx.tenantId,
        id,
        name: row.name,
        name_pinyin: full,
        name_initials: initials,
        phone: row.phone,
        phone_last4: row.phone.slice(-4),
        card_no: row.cardNo,
        qr_token: newQrToken(),
        gender: row.gender,
        birthday: row.birthday,
        birthday_calendar: 'solar',
        email: row.email,
        home_store_id: row.homeStoreId,
        referrer_id: null,
        level_id: null,
        tags: JSON.stringify(row.tags),
        custom_fields: '{}',
        notes: row.notes,
        sms_consent: row.smsConsent ? 1 : 0,
        email_consent: 0,
        status: 'active',
        cumulative_spend_cents: 0,
        recharge_total_cents: 0,
        points_earned_total: 0,
        created_at: at,
        updated_at: at,
      };
    }),
  );
  await recordNewMembers(
    ctx,
    members.map(({ row }) => row.homeStoreId),
  );
  const withValue = members.filter(({ row }) => row.principalCents > 0 || row.bonusCents > 0);
  await insertAll(
    'stored_value_accounts',
    withValue.map(({ id, row }) => ({
      tenant_id: ctx.tenantId,
      member_id: id,
      principal_cents: row.principalCents,
      bonus_cents: row.bonusCents,
      updated_at: at,
    })),
  );
  await insertAll(
    'stored_value_ledger',
    withValue.map(({ id, row }) => ({
      tenant_id: ctx.tenantId,
      id: uuidv7(ctx.now.getTime()),
      member_id: id,
      store_id: row.homeStoreId,
      at,
      actor_user_id: ctx.actor.userId,
      kind: 'opening',
      ...ref,
      principal_delta: row.principalCents,
      bonus_delta: row.bonusCents,
      principal_after: row.principalCents,
      bonus_after: row.bonusCents,
      note: 'opening balance from import',
    })),
  );
  const withPoints = members
    .filter(({ row }) => row.points > 0)
    .map((m) => ({ ...m, lotId: uuidv7(ctx.now.getTime()), ledgerId: uuidv7(ctx.now.getTime()) }));
  const expires = expiryFor(ctx.now, profile.settings, profile.timezone)?.toISOString() ?? null;
  await insertAll(
    'points_accounts',
    withPoints.map(({ id, row }) => ({
      tenant_id: ctx.tenantId,
      member_id: id,
      balance: row.points,
      updated_at: at,
    })),
  );
  await insertAll(
    'points_lots',
    withPoints.map(({ id, row, lotId }) => ({
      tenant_id: ctx.tenantId,
      id: lotId,
      member_id: id,
      earned_at: at,
      expires_at: expires,
      original: row.points,
      remaining: row.points,
      ...ref,
    })),
  );
  await insertAll(
    'points_ledger',
    withPoints.map(({ id, row, ledgerId }) => ({
      tenant_id: ctx.tenantId,
      id: ledgerId,
      member_id: id,
      store_id: row.homeStoreId,
      at,
      actor_user_id: ctx.actor.userId,
      kind: 'opening',
      ...ref,
      delta: row.points,
      balance_after: row.points,
      note: 'opening points from import',
    })),
  );
  await insertAll(
    'points_lot_entries',
    withPoints.map(({ row, lotId, ledgerId }) => ({
      tenant_id: ctx.tenantId,
      ledger_id: ledgerId,
      lot_id: lotId,
      delta: row.points,
    })),
  );
  // Cards are few; each goes through the card module's own use case.
  for (const { id, row } of members) {
    if (!row.card) continue;
    await issueCard(ctx, {
      memberId: id,
      cardProductId: row.card.productId,
      storeId: row.homeStoreId ?? (await firstStore(ctx)),
      paymentMethod: 'other',
      paymentRef: `import ${jobId}`,
      openingSessions: row.card.sessions,
      ...(row.card.expiresAt ? { expiresAt: row.card.expiresAt } : {}),
    });
  }
}

async function firstStore(ctx: Ctx): Promise<string> {
  const row = await ctx.db
    .selectFrom('stores')
    .select('id')
    .where('tenant_id', '=', ctx.tenantId)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  return row.id;
}

import type { Ctx } from '../../shared/context.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { namePinyin, newQrToken } from './identity.ts';

export interface ImportedCustomer {
  /** The old system's customer id. */
  ref: string;
  /** Kept as the custom field `country` when the file has one. */
  country: string;
}

/** The name an imported customer gets: the old system knew only an id (the merchant can rename); no space, as search drops spaces. */
export function importedMemberName(ref: string): string {
  return `顾客${ref}`;
}

/**
 * The members keyed by these old-system customer ids (`member_ref`), creating the missing ones
 * without phone, card or balances, in the caller's transaction. Answers ref → member id. An
 * existing member is never changed, so running an import again creates nobody.
 */
export async function ensureImportedMembers(
  ctx: Ctx,
  customers: readonly ImportedCustomer[],
  nextId: () => string = () => uuidv7(ctx.now.getTime()),
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (customers.length === 0) return ids;
  const refs = customers.map((c) => c.ref);
  const at = ctx.now.toISOString();
  for (let i = 0; i < customers.length; i += 200) {
    const created = await ctx.db
      .insertInto('members')
      .values(
        customers.slice(i, i + 200).map((c) => {
          const name = importedMemberName(c.ref);
          const { full, initials } = namePinyin(name);
          return {
            tenant_id: ctx.tenantId,
            id: nextId(),
            name,
            name_pinyin: full,
            name_initials: initials,
            phone: null,
            phone_last4: null,
            card_no: null,
            qr_token: newQrToken(),
            gender: 'unknown' as const,
            birthday: null,
            birthday_calendar: 'solar' as const,
            email: null,
            home_store_id: null,
            referrer_id: null,
            level_id: null,
            tags: '[]',
            custom_fields: JSON.stringify(c.country ? { country: c.country } : {}),
            notes: '',
            sms_consent: 0 as const,
            email_consent: 0 as const,
            status: 'active' as const,
            cumulative_spend_cents: 0,
            recharge_total_cents: 0,
            points_earned_total: 0,
            created_at: at,
            updated_at: at,
            member_ref: c.ref,
          };
        }),
      )
      .onConflict((oc) => oc.columns(['tenant_id', 'member_ref']).doNothing())
      .returning(['id', 'member_ref'])
      .execute();
    for (const r of created) if (r.member_ref) ids.set(r.member_ref, r.id);
  }
  // Those that were members already.
  const existing = refs.filter((r) => !ids.has(r));
  for (let i = 0; i < existing.length; i += 500) {
    const rows = await ctx.db
      .selectFrom('members')
      .select(['id', 'member_ref'])
      .where('tenant_id', '=', ctx.tenantId)
      .where('member_ref', 'in', existing.slice(i, i + 500))
      .execute();
    for (const r of rows) if (r.member_ref) ids.set(r.member_ref, r.id);
  }
  return ids;
}

import type { Ctx } from '../../shared/context.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { forgetTenantProfile, getTenantProfile, type TenantProfile } from './get-settings.ts';
import { updateTenantRow } from './queries.ts';
import { type TenantSettings, TenantSettingsSchema } from './settings.ts';

export interface TenantProfilePatch {
  name?: string;
  timezone?: string;
  settings?: Partial<TenantSettings>;
}

export async function updateTenantProfile(ctx: Ctx, patch: TenantProfilePatch): Promise<TenantProfile> {
  requirePermission(ctx.actor, 'settings.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await getTenantProfile(tx);
    const settings = TenantSettingsSchema.parse({ ...before.settings, ...patch.settings });
    await updateTenantRow(tx.db, tx.tenantId, {
      name: patch.name ?? before.name,
      timezone: patch.timezone ?? before.timezone,
      settings: JSON.stringify(settings),
      updated_at: tx.now.toISOString(),
    });
    forgetTenantProfile(tx);
    const after = await getTenantProfile(tx);
    await recordAudit(tx, {
      action: 'settings.update',
      entity: 'tenant',
      entityId: tx.tenantId,
      before,
      after,
    });
    return after;
  });
}

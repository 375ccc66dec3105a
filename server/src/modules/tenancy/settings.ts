import { z } from 'zod';

/**
 * Tenant-wide switches. Later modules add their own keys here with defaults, so an old row always
 * parses: missing keys take the default.
 */
export const TenantSettingsSchema = z.object({
  /** A cashier of store A may look up and serve members of store B. */
  shareMembersAcrossStores: z.boolean().default(true),
  /** Stored value recharged in one store may be spent in another. */
  crossStoreStoredValue: z.boolean().default(true),
  /** Which part of stored value a payment spends first; proportional keeps the bonus share. */
  storedValueDeductionOrder: z
    .enum(['proportional', 'principal_first', 'bonus_first'])
    .default('proportional'),
  /** Members whose principal + bonus falls below this (fen) get a balance-low reminder. */
  balanceLowThresholdCents: z.number().int().min(0).default(5000),
  /** Adjustments above this amount (fen) need a second person's approval; 0 = never. */
  approvalThresholdCents: z.number().int().min(0).default(0),
  currency: z.literal('CNY').default('CNY'),
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
});

export type TenantSettings = z.infer<typeof TenantSettingsSchema>;

export function parseSettings(json: string): TenantSettings {
  return TenantSettingsSchema.parse(JSON.parse(json));
}

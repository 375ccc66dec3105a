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
  /** Points earned per ¥1 actually paid (before the level multiplier). */
  pointsPerYuan: z.number().int().min(0).max(1000).default(1),
  /** How many points are worth ¥1 when redeemed at checkout. */
  pointsPerYuanRedeemed: z.number().int().min(1).max(100_000).default(100),
  /** Points may pay at most this share of an order. */
  pointsRedeemCapPercent: z.number().int().min(0).max(100).default(50),
  /** Earned points lapse at the end of the year after they were earned, or never. */
  pointsExpiry: z.enum(['end_of_next_year', 'never']).default('end_of_next_year'),
  /** A refund's clawback larger than the balance: let the balance go negative, or stop at zero. */
  pointsClawbackPolicy: z.enum(['allow_negative', 'cap_at_zero']).default('cap_at_zero'),
  /** Adjustments above this amount (fen) need a second person's approval; 0 = never. */
  approvalThresholdCents: z.number().int().min(0).default(0),
  /**
   * What a member's level is earned by: cumulative spend (fen), recharge total (fen) or points
   * earned. Never the current balance: spending must not cost a member their level.
   */
  levelBasis: z.enum(['spend', 'recharge', 'points']).default('spend'),
  /** Re-check every member's level once a year (1 January) against the trailing 12 months. */
  levelDowngradeReview: z.boolean().default(false),
  /** A sale may take stock below zero (the shelf count is wrong, not the sale); off = refuse it. */
  allowNegativeStock: z.boolean().default(false),
  /** The largest manual discount (percent of the order) a role may give at the till, by role code. */
  manualDiscountCapPercent: z
    .record(z.string(), z.number().int().min(0).max(100))
    .default({ owner: 100, store_manager: 30, cashier: 10 }),
  /** No marketing SMS from this local hour… (tenant time; deferred, not dropped). */
  marketingQuietStartHour: z.number().int().min(0).max(23).default(21),
  /** …until this local hour. */
  marketingQuietEndHour: z.number().int().min(0).max(23).default(9),
  /** At most this many marketing SMS/e-mails per member in `marketingCapDays` days; 0 = no cap. */
  marketingCapCount: z.number().int().min(0).max(100).default(4),
  marketingCapDays: z.number().int().min(1).max(365).default(7),
  /** Ends every marketing SMS: how to opt out by reply (the inbound webhook reads T/TD/退订/STOP). */
  smsOptOutHint: z.string().trim().min(1).max(20).default('回T退订'),
  /** Appointments: a no-show (or a late cancellation) uses the card session it held; off = give it back. */
  appointmentNoShowForfeitsSession: z.boolean().default(false),
  /** Appointments: cancelling less than this many hours before the start counts as a no-show; 0 = never. */
  appointmentLateCancelHours: z.number().int().min(0).max(72).default(0),
  currency: z.literal('CNY').default('CNY'),
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
});

export type TenantSettings = z.infer<typeof TenantSettingsSchema>;

export function parseSettings(json: string): TenantSettings {
  return TenantSettingsSchema.parse(JSON.parse(json));
}

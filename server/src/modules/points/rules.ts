import { localYear, startOfLocalYear } from '../../shared/time.ts';
import { pointsValue } from '../pricing/price-cart.ts';
import type { TenantSettings } from '../tenancy/settings.ts';

/**
 * Points for a payment: the net amount actually paid (never stored value bonus or points — the
 * caller passes only that), at the tenant's rate, times the level multiplier (150 = 1.5×).
 * Rounded down: a member never gets a point they did not fully earn.
 */
export function pointsForPayment(paidCents: number, pointsPerYuan: number, multiplierPercent = 100): number {
  if (paidCents <= 0) return 0;
  return Math.floor((paidCents * pointsPerYuan * multiplierPercent) / 10_000);
}

/** When points earned at `earnedAt` lapse: the start of the year after next, in the tenant's zone. */
export function expiryFor(earnedAt: Date, settings: TenantSettings, timeZone: string): Date | null {
  if (settings.pointsExpiry === 'never') return null;
  return startOfLocalYear(localYear(earnedAt, timeZone) + 2, timeZone);
}

/**
 * The value in fen of redeeming `points` on an order of `orderTotalCents`: the pricing engine's
 * rule (whole fen, at most the tenant's cap share of the order), with the tenant's numbers.
 */
export function redemptionValue(points: number, orderTotalCents: number, settings: TenantSettings): number {
  return pointsValue(
    {
      points,
      pointsPerYuanRedeemed: settings.pointsPerYuanRedeemed,
      capPercent: settings.pointsRedeemCapPercent,
    },
    orderTotalCents,
  );
}

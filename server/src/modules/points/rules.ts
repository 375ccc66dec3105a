import { AppError } from '../../shared/errors.ts';
import { localYear, startOfLocalYear } from '../../shared/time.ts';
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
 * The value in fen of redeeming `points` on an order of `orderTotalCents`. The points must convert
 * to whole fen, and their value may not pass the tenant's cap (a share of the order).
 */
export function redemptionValue(points: number, orderTotalCents: number, settings: TenantSettings): number {
  if (!Number.isSafeInteger(points) || points <= 0)
    throw new AppError('INVALID_POINTS', 'Redeem a whole number of points above zero');
  const scaled = points * 100;
  if (scaled % settings.pointsPerYuanRedeemed !== 0) {
    throw new AppError(
      'INVALID_POINTS',
      `Points redeem in steps worth whole fen (${settings.pointsPerYuanRedeemed} points = ¥1)`,
    );
  }
  const value = scaled / settings.pointsPerYuanRedeemed;
  const cap = Math.floor((orderTotalCents * settings.pointsRedeemCapPercent) / 100);
  if (value > cap) {
    throw new AppError(
      'POINTS_CAP_EXCEEDED',
      `Points may pay at most ${settings.pointsRedeemCapPercent}% of the order`,
      {
        capCents: cap,
        valueCents: value,
      },
    );
  }
  return value;
}

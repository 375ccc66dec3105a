import type { PromotionKind } from '../../db/schema.ts';
import { divRound } from '../../shared/money.ts';
import type { ItemPromotion, OrderPromotion } from '../pricing/price-cart.ts';

/** The JSON `rules` column, by kind. */
export interface MemberDayRules {
  /** Local weekdays, 0 = Sunday … 6 = Saturday. */
  weekdays: number[];
  /** Extra percent off the order for members (0 = none). */
  percentOff: number;
  /** Points earned × this / 100 (100 = unchanged, 200 = double). */
  pointsMultiplierPercent: number;
}
export interface SpecialPriceRules {
  items: { productId: string; priceCents: number }[];
}
export interface OrderTiersRules {
  /** 满减: the highest threshold the order reaches gives its amount off. */
  tiers: { thresholdCents: number; offCents: number }[];
}
export interface BuyXGetYRules {
  productIds: string[];
  buyQty: number;
  getQty: number;
  /** Off the "get" units: 100 = free, 50 = half price. */
  percentOff: number;
}

export type PromotionRules =
  | { kind: 'member_day'; rules: MemberDayRules }
  | { kind: 'special_price'; rules: SpecialPriceRules }
  | { kind: 'order_tiers'; rules: OrderTiersRules }
  | { kind: 'buy_x_get_y'; rules: BuyXGetYRules };

export interface ActivePromotion {
  name: string;
  promo: PromotionRules;
}

/** What the engine gets: item and order promotions, plus the member-day points multiplier. */
export interface BuiltPromotions {
  itemPromotions: ItemPromotion[];
  orderPromotions: OrderPromotion[];
  pointsMultiplierPercent: number;
}

/**
 * Turns today's active promotions into the engine's objects (pure: the caller has already chosen
 * the rows by date window, store and weekday). Member-only promotions need `isMember`. Each object
 * carries the promotion's name as its label, which the receipt and the till print on the line.
 */
export function buildPromotions(
  active: readonly ActivePromotion[],
  opts: { isMember: boolean; weekday: number },
): BuiltPromotions {
  const built: BuiltPromotions = { itemPromotions: [], orderPromotions: [], pointsMultiplierPercent: 100 };
  for (const { name, promo } of active) {
    switch (promo.kind) {
      case 'special_price': {
        const prices = new Map(promo.rules.items.map((i) => [i.productId, i.priceCents]));
        built.itemPromotions.push({
          label: `特价：${name}`,
          discountFor(line) {
            const price = prices.get(line.productId);
            if (price === undefined || price >= line.unitPriceCents) return 0;
            return (line.unitPriceCents - price) * line.qty;
          },
        });
        break;
      }
      case 'buy_x_get_y': {
        const { buyQty, getQty, percentOff } = promo.rules;
        const ids = new Set(promo.rules.productIds);
        built.itemPromotions.push({
          label: `买${buyQty}送${getQty}：${name}`,
          discountFor(line, current) {
            if (!ids.has(line.productId) || line.cardSession) return 0;
            const getUnits = Math.floor(line.qty / (buyQty + getQty)) * getQty;
            if (getUnits === 0) return 0;
            // The "get" units' share of what the line costs now, times the percent off.
            return divRound(current * getUnits * percentOff, line.qty * 100);
          },
        });
        break;
      }
      case 'order_tiers': {
        const tiers = [...promo.rules.tiers].sort((a, b) => b.thresholdCents - a.thresholdCents);
        built.orderPromotions.push({
          label: `满减：${name}`,
          discountFor(lines, total) {
            const tier = tiers.find((t) => total >= t.thresholdCents);
            return {
              amountCents: tier ? Math.min(tier.offCents, total) : 0,
              lineIndexes: lines.map((_, i) => i),
            };
          },
        });
        break;
      }
      case 'member_day': {
        if (!opts.isMember || !promo.rules.weekdays.includes(opts.weekday)) break;
        const { percentOff, pointsMultiplierPercent } = promo.rules;
        if (percentOff > 0) {
          built.orderPromotions.push({
            label: `会员日：${name}`,
            discountFor(lines, total) {
              return { amountCents: divRound(total * percentOff, 100), lineIndexes: lines.map((_, i) => i) };
            },
          });
        }
        // Several member days on one day: the best multiplier wins, they do not compound.
        built.pointsMultiplierPercent = Math.max(built.pointsMultiplierPercent, pointsMultiplierPercent);
        break;
      }
      default:
        promo satisfies never;
    }
  }
  return built;
}

export const PROMOTION_KINDS: readonly PromotionKind[] = [
  'member_day',
  'special_price',
  'order_tiers',
  'buy_x_get_y',
];

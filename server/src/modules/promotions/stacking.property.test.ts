import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { couponRule } from '../coupons/coupon-rule.ts';
import { type CartLine, priceCart } from '../pricing/price-cart.ts';
import { type ActivePromotion, buildPromotions } from './rules.ts';

const PRODUCTS = ['p1', 'p2', 'p3', 'p4'];
const CATEGORIES = ['c1', 'c2'];
const ORDER = ['item_promotion', 'member_price', 'level', 'order_promotion', 'manual', 'coupon', 'points'];

const line = fc.record({
  productId: fc.constantFrom(...PRODUCTS),
  categoryId: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
  qty: fc.integer({ min: 1, max: 12 }),
  unitPriceCents: fc.integer({ min: 0, max: 50_000 }),
  memberPriceCents: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
  levelDiscount: fc.boolean(),
});

const promo: fc.Arbitrary<ActivePromotion> = fc.oneof(
  fc.record({
    name: fc.constant('会员日'),
    promo: fc.record({
      kind: fc.constant('member_day' as const),
      rules: fc.record({
        weekdays: fc.constant([3] as number[]),
        percentOff: fc.integer({ min: 0, max: 99 }),
        pointsMultiplierPercent: fc.integer({ min: 100, max: 300 }),
      }),
    }),
  }),
  fc.record({
    name: fc.constant('特价'),
    promo: fc.record({
      kind: fc.constant('special_price' as const),
      rules: fc.record({
        items: fc.array(
          fc.record({
            productId: fc.constantFrom(...PRODUCTS),
            priceCents: fc.integer({ min: 0, max: 60_000 }),
          }),
          { maxLength: 3 },
        ),
      }),
    }),
  }),
  fc.record({
    name: fc.constant('满减'),
    promo: fc.record({
      kind: fc.constant('order_tiers' as const),
      rules: fc.record({
        tiers: fc.array(
          fc
            .record({
              thresholdCents: fc.integer({ min: 1, max: 200_000 }),
              off: fc.integer({ min: 1, max: 100_000 }),
            })
            .map((t) => ({
              thresholdCents: t.thresholdCents,
              offCents: Math.min(t.off, t.thresholdCents - 1) || 1,
            })),
          { minLength: 1, maxLength: 3 },
        ),
      }),
    }),
  }),
  fc.record({
    name: fc.constant('买送'),
    promo: fc.record({
      kind: fc.constant('buy_x_get_y' as const),
      rules: fc.record({
        productIds: fc.subarray(PRODUCTS, { minLength: 1 }),
        buyQty: fc.integer({ min: 1, max: 4 }),
        getQty: fc.integer({ min: 1, max: 3 }),
        percentOff: fc.integer({ min: 1, max: 100 }),
      }),
    }),
  }),
);

const coupon = fc.record({
  name: fc.constant('券'),
  kind: fc.constantFrom('fixed' as const, 'percent' as const, 'threshold' as const),
  value: fc.integer({ min: 1, max: 99 }),
  bigValue: fc.integer({ min: 1, max: 100_000 }),
  maxOffCents: fc.option(fc.integer({ min: 1, max: 50_000 }), { nil: null }),
  thresholdCents: fc.integer({ min: 0, max: 100_000 }),
  scope: fc.constantFrom('all' as const, 'products' as const, 'categories' as const),
  scopeIds: fc.subarray([...PRODUCTS, ...CATEGORIES]),
});

describe('promotions + coupon through the engine (property)', () => {
  it('lines always sum to the total, never go below zero, and stack in the documented order', () => {
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 6 }),
        fc.array(promo, { maxLength: 4 }),
        fc.option(coupon, { nil: null }),
        fc.option(fc.integer({ min: 50, max: 100 }), { nil: null }),
        fc.boolean(),
        (lines, active, c, levelPercent, memberDay) => {
          const cart: CartLine[] = lines.map((l, i) => ({
            ...l,
            sku: `S${i}`,
            name: `n${i}`,
            kind: 'goods',
          }));
          const isMember = levelPercent !== null;
          const built = buildPromotions(active, { isMember, weekday: memberDay ? 3 : 1 });
          const terms = c
            ? {
                ...c,
                value: c.kind === 'percent' ? c.value : c.bigValue,
                maxOffCents: c.kind === 'percent' ? c.maxOffCents : null,
              }
            : null;
          const priced = priceCart({
            lines: cart,
            member: isMember ? { levelName: 'L', discountPercent: levelPercent } : null,
            itemPromotions: built.itemPromotions,
            orderPromotions: built.orderPromotions,
            coupon: terms ? couponRule(terms) : null,
          });
          expect(priced.lines.reduce((s, l) => s + l.totalCents, 0)).toBe(priced.totalCents);
          expect(priced.listCents - priced.discountCents).toBe(priced.totalCents);
          for (const l of priced.lines) {
            expect(l.totalCents).toBeGreaterThanOrEqual(0);
            expect(Number.isSafeInteger(l.totalCents)).toBe(true);
            expect(l.adjustments.reduce((s, a) => s + a.amountCents, 0)).toBe(l.discountCents);
            const ranks = l.adjustments.map((a) => ORDER.indexOf(a.kind));
            expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
          }
          for (const kind of ['order_promotion', 'coupon']) {
            const onLines = priced.lines
              .flatMap((l) => l.adjustments)
              .filter((a) => a.kind === kind)
              .reduce((s, a) => s + a.amountCents, 0);
            const onOrder = priced.orderAdjustments
              .filter((a) => a.kind === kind)
              .reduce((s, a) => s + a.amountCents, 0);
            expect(onLines).toBe(onOrder);
          }
          const couponTaken = priced.orderAdjustments.find((a) => a.kind === 'coupon')?.amountCents ?? 0;
          if (terms?.kind === 'fixed' || terms?.kind === 'threshold')
            expect(couponTaken).toBeLessThanOrEqual(terms.value);
          if (terms?.kind === 'percent' && terms.maxOffCents !== null)
            expect(couponTaken).toBeLessThanOrEqual(terms.maxOffCents);
        },
      ),
      { numRuns: 500 },
    );
  });
});

import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';
import { CartCouponSchema } from '../coupons/schemas.ts';

const Cents = z.number().int();
const Amount = z.number().int().min(0).max(100_000_000_00);
const Till = z.string().trim().min(1).max(20).describe('The till (register) name, e.g. T1');

const CartLineBody = z.strictObject({
  productId: IdSchema,
  qty: z.number().int().min(1).max(100_000),
  unitPriceCents: Amount.optional().describe(
    'The price the till showed; a different current price → PRICE_CHANGED',
  ),
  cardId: IdSchema.optional().describe('Pay this line with sessions of this member card'),
  staff: z
    .array(
      z.strictObject({
        userId: IdSchema,
        sharePercent: z.number().int().min(1).max(100),
        requested: z.boolean().optional().describe('点钟: the member asked for this person'),
      }),
    )
    .max(10)
    .optional(),
});

const ManualDiscountBody = z.strictObject({
  kind: z.enum(['percent', 'amount']),
  value: z.number().int().min(0).max(100_000_000_00),
  reason: z.string().trim().max(100),
});

const CartFields = {
  memberId: IdSchema.nullable().optional(),
  lines: z.array(CartLineBody).min(1).max(200),
  manualDiscount: ManualDiscountBody.nullable().optional(),
  pointsToRedeem: z.number().int().min(0).max(100_000_000).optional(),
  couponId: IdSchema.nullable().optional().describe('One of the member’s coupons'),
  couponCode: z.string().trim().min(4).max(20).nullable().optional().describe('A coupon by its scanned code'),
};

export const QuoteBody = z.strictObject({ storeId: IdSchema, ...CartFields });

export const TenderMethodSchema = z.enum([
  'cash',
  'stored_value',
  'gift_card',
  'bank_card',
  'wechat',
  'alipay',
  'other',
]);

export const CheckoutBody = z.strictObject({
  orderId: IdSchema.optional().describe('A client-generated UUIDv7 (offline tills name their orders)'),
  storeId: IdSchema,
  till: Till,
  ...CartFields,
  payments: z
    .array(
      z.strictObject({
        method: TenderMethodSchema,
        amountCents: Amount,
        tenderedCents: Amount.optional().describe('Cash handed over; change = tendered − amount'),
        ref: z.string().trim().max(100).optional(),
        giftCardCode: z
          .string()
          .trim()
          .max(40)
          .optional()
          .describe('Gift card tender: the code the scanner read (19 digits)'),
      }),
    )
    .max(10),
  expectedTotalCents: Amount.optional(),
  note: z.string().trim().max(200).optional(),
});

const Adjustment = z.object({ kind: z.string(), label: z.string(), amountCents: Cents });

export const PricedCartSchema = z
  .object({
    lines: z.array(
      z.object({
        productId: IdSchema,
        sku: z.string(),
        name: z.string(),
        kind: z.enum(['goods', 'service', 'card', 'gift_card']),
        qty: z.number().int(),
        unitPriceCents: Cents,
        listCents: Cents,
        discountCents: Cents,
        totalCents: Cents,
        pointsRedeemed: z.number().int(),
        adjustments: z.array(Adjustment),
      }),
    ),
    orderAdjustments: z.array(Adjustment),
    listCents: Cents,
    discountCents: Cents,
    totalCents: Cents,
    pointsRedeemed: z.number().int(),
    pointsValueCents: Cents,
    pointsToEarnEstimate: z.number().int().describe('Points if everything is paid with money'),
    coupons: z.array(CartCouponSchema).describe('The member’s usable coupons, each priced on this cart'),
  })
  .meta({ id: 'PricedCart' });

export const OrderSummarySchema = z
  .object({
    id: IdSchema,
    orderNo: z.string(),
    storeId: IdSchema,
    till: z.string(),
    memberId: IdSchema.nullable(),
    memberName: z.string().nullable(),
    cashierName: z.string().nullable(),
    status: z.enum(['completed', 'partially_refunded', 'refunded']),
    listCents: Cents,
    discountCents: Cents,
    totalCents: Cents,
    refundedCents: Cents,
    createdAt: TimestampSchema,
  })
  .meta({ id: 'OrderSummary' });

export const OrderSchema = OrderSummarySchema.extend({
  shiftId: IdSchema.nullable(),
  memberPhone: z.string().nullable(),
  changeCents: Cents,
  pointsRedeemed: z.number().int(),
  pointsValueCents: Cents,
  pointsEarned: z.number().int(),
  moneyPaidCents: Cents,
  note: z.string(),
  orderAdjustments: z.array(Adjustment),
  lines: z.array(
    z.object({
      lineNo: z.number().int(),
      productId: IdSchema,
      sku: z.string(),
      name: z.string(),
      kind: z.enum(['goods', 'service', 'card', 'gift_card']),
      qty: z.number().int(),
      unitPriceCents: Cents,
      listCents: Cents,
      discountCents: Cents,
      totalCents: Cents,
      adjustments: z.array(Adjustment),
      pointsRedeemed: z.number().int(),
      memberCardId: IdSchema.nullable(),
      issuedCardId: IdSchema.nullable(),
      refundedQty: z.number().int(),
      refundedCents: Cents,
      staff: z.array(
        z.object({
          userId: IdSchema,
          name: z.string(),
          sharePercent: z.number().int(),
          requested: z.boolean(),
        }),
      ),
    }),
  ),
  payments: z.array(
    z.object({
      seq: z.number().int(),
      method: TenderMethodSchema,
      amountCents: Cents,
      tenderedCents: Cents,
      principalCents: Cents,
      bonusCents: Cents,
      ref: z.string(),
      refundedCents: Cents,
    }),
  ),
  memberBalances: z.object({ principalCents: Cents, bonusCents: Cents, points: z.number().int() }).nullable(),
  refunds: z.array(
    z.object({ id: IdSchema, amountCents: Cents, reason: z.string(), createdAt: TimestampSchema }),
  ),
  giftCards: z
    .array(
      z.object({
        giftCardId: IdSchema,
        last4: z.string(),
        role: z.enum(['sold', 'paid']),
        lineNo: z.number().int().nullable(),
        seq: z.number().int().nullable(),
        amountCents: Cents,
        balanceCents: Cents.describe('The card’s balance now'),
        code: z
          .string()
          .nullable()
          .describe('The full code: only in the sale’s own response, for the receipt'),
      }),
    )
    .describe('Gift cards sold on the order and the ones that paid it'),
}).meta({ id: 'Order' });

export const RefundBody = z.strictObject({
  till: Till,
  lines: z
    .array(z.strictObject({ lineNo: z.number().int().min(1), qty: z.number().int().min(1).max(100_000) }))
    .min(1)
    .max(200)
    .optional()
    .describe('Omit to refund everything not yet refunded'),
  reason: z.string().trim().min(1).max(200),
});

export const OrderListQuery = z.strictObject({
  storeId: IdSchema.optional(),
  memberId: IdSchema.optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  q: z.string().max(40).optional().describe('An order number'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const ShiftSchema = z
  .object({
    id: IdSchema,
    storeId: IdSchema,
    till: z.string(),
    status: z.enum(['open', 'closed']),
    openedBy: IdSchema,
    openedAt: TimestampSchema,
    floatCents: Cents,
    closedBy: IdSchema.nullable(),
    closedAt: TimestampSchema.nullable(),
    orderCount: z.number().int(),
    refundCount: z.number().int(),
    tenders: z.array(
      z.object({ method: TenderMethodSchema, salesCents: Cents, refundsCents: Cents, netCents: Cents }),
    ),
    expectedCashCents: Cents,
    countedCashCents: Cents.nullable(),
    differenceCents: Cents.nullable(),
    note: z.string(),
  })
  .meta({ id: 'Shift' });

export const OpenShiftBody = z.strictObject({ storeId: IdSchema, till: Till, floatCents: Amount });
export const CloseShiftBody = z.strictObject({
  countedCashCents: Amount,
  note: z.string().trim().max(200).optional(),
});

export const HeldOrderSchema = z
  .object({
    id: IdSchema,
    storeId: IdSchema,
    label: z.string(),
    memberId: IdSchema.nullable(),
    cart: z.object(CartFields),
    heldBy: IdSchema.nullable(),
    heldAt: TimestampSchema,
  })
  .meta({ id: 'HeldOrder' });

export const HoldBody = z.strictObject({
  storeId: IdSchema,
  label: z.string().trim().max(40).optional(),
  cart: z.strictObject(CartFields),
});

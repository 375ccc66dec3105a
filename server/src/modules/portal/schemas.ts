import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';

const Phone = z.string().min(11).max(20).describe('Mainland mobile number; +86, spaces and dashes allowed');
const Tenant = z
  .string()
  .max(32)
  .optional()
  .describe('Merchant code; may be left out when the deployment has one merchant');

export const RequestCodeBody = z.strictObject({ tenant: Tenant, phone: Phone });
export const RequestCodeResponse = z.object({
  expiresInSeconds: z.number().int(),
  resendAfterSeconds: z.number().int(),
});

export const SignInMemberBody = z.strictObject({
  tenant: Tenant,
  phone: Phone,
  code: z.string().regex(/^\d{6}$/, '6 digits'),
  storeCode: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .optional()
    .describe('Joining: the store of the QR code scanned'),
  name: z.string().trim().min(1).max(50).optional().describe('Joining: the new member’s name'),
  smsConsent: z.boolean().optional().describe('Joining: marketing SMS wanted'),
  emailConsent: z.boolean().optional().describe('Joining: marketing e-mail wanted'),
});
export const SignInMemberResponse = z.object({
  memberId: IdSchema,
  joined: z.boolean().describe('True when this sign-in made the phone a new member'),
});

export const PortalProfileSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    phone: z.string().nullable(),
    cardNo: z.string().nullable(),
    gender: z.enum(['male', 'female', 'unknown']),
    birthday: z.string().nullable(),
    birthdayCalendar: z.enum(['solar', 'lunar']),
    email: z.string().nullable(),
    smsConsent: z.boolean(),
    emailConsent: z.boolean(),
    status: z.enum(['active', 'frozen', 'erased']),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'PortalProfile' });

const PortalLevel = z.object({
  id: IdSchema,
  name: z.string(),
  rank: z.number().int(),
  threshold: z.number().int(),
  discountPercent: z.number().int(),
  benefits: z.string(),
});

export const PortalAccountSchema = z
  .object({
    profile: PortalProfileSchema,
    level: z.object({
      basis: z.enum(['spend', 'recharge', 'points']),
      total: z.number().int().describe('Fen of spend or recharge, or points earned, by the basis'),
      current: PortalLevel.nullable(),
      next: PortalLevel.nullable(),
      toNext: z.number().int().nullable().describe('What is left to reach the next level, in the basis unit'),
    }),
    storedValue: z.object({
      principalCents: z.number().int(),
      bonusCents: z.number().int(),
      totalCents: z.number().int(),
    }),
    points: z.object({
      balance: z.number().int(),
      nextExpiry: z.object({ at: TimestampSchema, points: z.number().int() }).nullable(),
    }),
    cards: z.array(
      z.object({
        id: IdSchema,
        name: z.string(),
        kind: z.enum(['counted', 'time']),
        status: z.enum(['active', 'paused', 'refunded']),
        expiresAt: TimestampSchema.nullable(),
        expired: z.boolean(),
        items: z.array(
          z.object({
            itemName: z.string(),
            sessionsTotal: z.number().int().nullable(),
            sessionsLeft: z.number().int().nullable().describe('Free to use: held by bookings not counted'),
          }),
        ),
      }),
    ),
    coupons: z.object({ usable: z.number().int(), used: z.number().int(), expired: z.number().int() }),
    inboxUnread: z.number().int(),
  })
  .meta({ id: 'PortalAccount' });

export const MemberCodeSchema = z.object({
  token: z.string().describe('Show as a QR code; the counter accepts it about a minute'),
  expiresAt: TimestampSchema,
  refreshAfterSeconds: z.number().int(),
  cardNo: z.string().nullable(),
});

const PortalCoupon = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string(),
  kind: z.enum(['fixed', 'percent', 'threshold']),
  value: z.number().int(),
  maxOffCents: z.number().int().nullable(),
  thresholdCents: z.number().int(),
  state: z.enum(['usable', 'not_yet_valid', 'used', 'expired', 'void']),
  validFrom: TimestampSchema,
  expiresAt: TimestampSchema,
  redeemedAt: TimestampSchema.nullable(),
});
export const PortalCouponsSchema = z.object({
  usable: z.array(PortalCoupon),
  used: z.array(PortalCoupon),
  expired: z.array(PortalCoupon),
});

export const PageQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

const OrderStatus = z.enum(['completed', 'partially_refunded', 'refunded']);
const PortalOrder = z.object({
  id: IdSchema,
  orderNo: z.string(),
  storeId: IdSchema,
  status: OrderStatus,
  listCents: z.number().int(),
  discountCents: z.number().int(),
  totalCents: z.number().int(),
  refundedCents: z.number().int(),
  createdAt: TimestampSchema,
});
export const PortalOrdersSchema = z.object({
  items: z.array(PortalOrder),
  nextCursor: z.string().nullable(),
});
export const PortalReceiptSchema = PortalOrder.extend({
  pointsRedeemed: z.number().int(),
  pointsEarned: z.number().int(),
  lines: z.array(
    z.object({
      lineNo: z.number().int(),
      name: z.string(),
      qty: z.number().int(),
      unitPriceCents: z.number().int(),
      listCents: z.number().int(),
      discountCents: z.number().int(),
      totalCents: z.number().int(),
      refundedQty: z.number().int(),
      refundedCents: z.number().int(),
    }),
  ),
  payments: z.array(
    z.object({ method: z.string(), amountCents: z.number().int(), refundedCents: z.number().int() }),
  ),
});

export const PortalRechargesSchema = z.object({
  items: z.array(
    z.object({
      id: IdSchema,
      storeId: IdSchema,
      principalCents: z.number().int(),
      bonusCents: z.number().int(),
      points: z.number().int(),
      paymentMethod: z.string(),
      status: z.enum(['completed', 'refunded']),
      refundedPrincipalCents: z.number().int(),
      forfeitedBonusCents: z.number().int(),
      createdAt: TimestampSchema,
      refundedAt: TimestampSchema.nullable(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const UpdateProfileBody = z.strictObject({
  name: z.string().trim().min(1).max(50).optional(),
  gender: z.enum(['male', 'female', 'unknown']).optional(),
  birthday: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    .nullable()
    .optional(),
  birthdayCalendar: z.enum(['solar', 'lunar']).optional(),
  email: z.email().max(200).nullable().optional(),
  smsConsent: z.boolean().optional().describe('False opts out of marketing SMS'),
  emailConsent: z.boolean().optional().describe('False opts out of marketing e-mail'),
});

import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';
import { LEVEL_CHANGE_REASONS, MAX_LEVEL_THRESHOLD } from './levels.ts';
import { TIMELINE_SOURCES } from './member-timeline.ts';

const Birthday = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const CustomFields = z.record(z.string().max(40), z.union([z.string().max(500), z.number(), z.boolean()]));

export const MemberSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    phone: z.string().nullable().describe('Masked as 138****5678 without members.phone.unmasked'),
    phoneMasked: z.boolean(),
    cardNo: z.string().nullable(),
    qrToken: z.string(),
    gender: z.enum(['male', 'female', 'unknown']),
    birthday: z.string().nullable(),
    birthdayCalendar: z.enum(['solar', 'lunar']),
    email: z.string().nullable(),
    homeStoreId: IdSchema.nullable(),
    referrerId: IdSchema.nullable(),
    levelId: IdSchema.nullable(),
    tags: z.array(z.string()),
    customFields: CustomFields,
    notes: z.string(),
    smsConsent: z.boolean(),
    emailConsent: z.boolean(),
    status: z.enum(['active', 'frozen', 'erased']),
    cumulativeSpendCents: z.number().int(),
    rechargeTotalCents: z.number().int(),
    pointsEarnedTotal: z.number().int(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'Member' });

export const MemberHitSchema = MemberSchema.extend({
  match: z.enum(['exact', 'last4', 'name', 'prefix', 'list']).describe('Why this member matched'),
});

const profile = {
  name: z.string().trim().min(1).max(50),
  phone: z.string().min(11).max(20),
  cardNo: z.string().trim().max(40).nullable().optional(),
  gender: z.enum(['male', 'female', 'unknown']).optional(),
  birthday: Birthday.nullable().optional(),
  birthdayCalendar: z.enum(['solar', 'lunar']).optional(),
  email: z.email().max(200).nullable().optional(),
  homeStoreId: IdSchema.nullable().optional(),
  referrerId: IdSchema.nullable().optional(),
  tags: z.array(z.string().trim().min(1).max(20)).max(30).optional(),
  customFields: CustomFields.optional(),
  notes: z.string().max(2000).optional(),
  smsConsent: z.boolean().optional(),
  emailConsent: z.boolean().optional(),
};

export const CreateMemberBody = z.strictObject(profile);
export const UpdateMemberBody = z.strictObject({
  ...profile,
  name: profile.name.optional(),
  phone: profile.phone.optional(),
});

export const SearchMembersQuery = z.strictObject({
  q: z
    .string()
    .max(60)
    .optional()
    .describe('Phone, last 4 digits, card number, QR token, name, pinyin or initials'),
  status: z.enum(['active', 'frozen', 'erased']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const EraseMemberBody = z.strictObject({
  confirm: IdSchema.describe('The member id again, to confirm'),
});

const Threshold = z
  .number()
  .int()
  .min(0)
  .max(MAX_LEVEL_THRESHOLD)
  .describe(
    'What the level basis must reach: fen of spend or recharge, or points (tenant setting levelBasis)',
  );
const DiscountPercent = z.number().int().min(1).max(100).describe('95 = 95折 (pays 95%); 100 = no discount');
const PointsMultiplierPercent = z.number().int().min(100).max(1000).describe('150 = 1.5× points');

export const LevelSchema = z
  .object({
    id: IdSchema,
    rank: z.number().int().describe('Higher is better; unique per tenant'),
    name: z.string(),
    threshold: Threshold,
    discountPercent: DiscountPercent,
    pointsMultiplierPercent: PointsMultiplierPercent,
    benefits: z.string(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'Level' });

const level = {
  rank: z.number().int().min(1).max(999).describe('Higher is better; unique per tenant'),
  name: z.string().trim().min(1).max(30),
  threshold: Threshold,
  discountPercent: DiscountPercent.optional(),
  pointsMultiplierPercent: PointsMultiplierPercent.optional(),
  benefits: z.string().max(1000).optional(),
};

export const CreateLevelBody = z.strictObject(level);
export const UpdateLevelBody = z.strictObject({
  ...level,
  rank: level.rank.optional(),
  name: level.name.optional(),
  threshold: level.threshold.optional(),
});

export const LevelChangeSchema = z
  .object({
    id: IdSchema,
    fromLevelId: IdSchema.nullable(),
    toLevelId: IdSchema.nullable(),
    reason: z.enum(LEVEL_CHANGE_REASONS),
    at: TimestampSchema,
    actorUserId: IdSchema.nullable().describe('Null when the system made the change (yearly review)'),
  })
  .meta({ id: 'LevelChange' });

export const TimelineEventSchema = z.object({
  id: z.string(),
  at: TimestampSchema,
  source: z.enum(TIMELINE_SOURCES),
  kind: z
    .string()
    .describe(
      'Per source: the ledger kind; order status; refund; message status; complaint status; rated; follow-up outcome or status; coupon issued/redeemed',
    ),
  storeId: IdSchema.nullable(),
  amount: z
    .number()
    .int()
    .describe(
      'fen for stored value (principal), orders, refunds and coupon discounts; points; sessions; stars',
    ),
  bonusAmount: z.number().int().describe('fen of bonus for stored value'),
  refType: z
    .string()
    .describe('What refId names (order, …); a message’s channel; a complaint’s category; a coupon’s source'),
  refId: z.string(),
  note: z.string(),
});

import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';

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

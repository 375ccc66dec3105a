import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';
import { isTimeZone } from '../../shared/time.ts';
import { TenantSettingsSchema } from './settings.ts';

const Ownership = z.enum(['direct', 'franchise']).describe('direct = 直营, franchise = 加盟');

export const StoreSchema = z
  .object({
    id: IdSchema,
    code: z.string(),
    name: z.string(),
    address: z.string(),
    phone: z.string(),
    ownership: Ownership,
    status: z.enum(['active', 'closed']),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'Store' });

const StoreCode = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, '1–32 letters, digits, _ or -');

export const CreateStoreBody = z.strictObject({
  code: StoreCode,
  name: z.string().min(1).max(100),
  address: z.string().max(300).optional(),
  phone: z.string().max(32).optional(),
  ownership: Ownership.optional(),
});

export const UpdateStoreBody = z.strictObject({
  code: StoreCode.optional(),
  name: z.string().min(1).max(100).optional(),
  address: z.string().max(300).optional(),
  phone: z.string().max(32).optional(),
  ownership: Ownership.optional(),
  status: z.enum(['active', 'closed']).optional(),
});

export const TenantProfileSchema = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string(),
  timezone: z.string(),
  settings: TenantSettingsSchema,
});

export const UpdateTenantProfileBody = z.strictObject({
  name: z.string().min(1).max(100).optional(),
  timezone: z.string().max(64).refine(isTimeZone, 'Not a known IANA time zone').optional(),
  settings: TenantSettingsSchema.partial().strict().optional(),
});

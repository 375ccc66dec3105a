import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';
import { WeekHoursSchema } from './hours.ts';

const Status = z.enum(['booked', 'arrived', 'cancelled', 'no_show']);

export const AppointmentSchema = z
  .object({
    id: IdSchema,
    storeId: IdSchema,
    memberId: IdSchema,
    memberName: z.string(),
    serviceId: IdSchema,
    serviceName: z.string(),
    durationMinutes: z.number().int(),
    staffUserId: IdSchema.nullable(),
    staffName: z.string().nullable(),
    startsAt: TimestampSchema,
    endsAt: TimestampSchema,
    status: Status,
    cardId: IdSchema.nullable(),
    cardName: z.string().nullable(),
    cardItemCode: z.string().nullable(),
    session: z
      .enum(['none', 'reserved', 'consumed', 'released', 'forfeited'])
      .describe('The card session the booking holds: reserved until arrival (consumed) or cancel (released)'),
    note: z.string(),
    cancelReason: z.string(),
    createdAt: TimestampSchema,
    closedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'Appointment' });

export const BookAppointmentBody = z.strictObject({
  id: IdSchema.optional().describe('Client-chosen UUIDv7 (optional)'),
  storeId: IdSchema,
  memberId: IdSchema,
  serviceId: IdSchema.describe('A catalog product of kind service; its duration sets the length'),
  staffUserId: IdSchema.nullable().optional().describe('Who serves; omitted = whoever is free'),
  startsAt: z.iso.datetime({ offset: true }).describe('On the store’s slot grid, in its working hours'),
  cardId: IdSchema.nullable().optional().describe('A member card to hold one session until arrival'),
  cardItemCode: z.string().trim().min(1).max(64).nullable().optional(),
  note: z.string().max(200).optional(),
});

export const CancelAppointmentBody = z.strictObject({ reason: z.string().max(200).optional() });

export const AppointmentListQuery = z.strictObject({
  storeId: IdSchema,
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }).describe('Exclusive; at most 42 days after from'),
  staffUserId: IdSchema.optional(),
  mine: z
    .enum(['true', 'false'])
    .optional()
    .describe('我的预约: only the bookings you serve (instead of staffUserId)'),
  status: Status.optional(),
});

export const StoreParams = z.strictObject({ storeId: IdSchema });

const StaffHours = z.strictObject({ userId: IdSchema, hours: WeekHoursSchema });

export const ScheduleSchema = z
  .object({
    storeId: IdSchema,
    hours: WeekHoursSchema,
    slotMinutes: z.number().int(),
    staffCapacity: z.number().int(),
    storeCapacity: z.number().int().nullable(),
    staffHours: z.array(z.object({ userId: IdSchema, hours: WeekHoursSchema })),
    updatedAt: TimestampSchema.nullable(),
    timezone: z.string().describe('The tenant’s IANA zone; hours are local times there'),
  })
  .meta({ id: 'AppointmentSchedule' });

export const SaveScheduleBody = z.strictObject({
  hours: WeekHoursSchema,
  slotMinutes: z.union([z.literal(10), z.literal(15), z.literal(20), z.literal(30), z.literal(60)]),
  staffCapacity: z.number().int().min(1).max(20).describe('Bookings one person takes at once'),
  storeCapacity: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .nullable()
    .describe('Bookings the store takes at once; null = no limit'),
  staffHours: z
    .array(StaffHours)
    .max(200)
    .refine((list) => new Set(list.map((s) => s.userId)).size === list.length, {
      message: 'one entry per person',
    })
    .default([]),
});

export const BookableStaffSchema = z
  .object({ userId: IdSchema, displayName: z.string(), serviceStaff: z.boolean() })
  .meta({ id: 'BookableStaff' });

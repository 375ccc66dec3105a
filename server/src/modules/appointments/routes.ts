import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import { runIdempotent } from '../../http/idempotency.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams } from '../../shared/schemas.ts';
import { getAppointment } from './appointments.ts';
import { bookAppointment } from './book-appointment.ts';
import { cancelAppointment, markArrived, markNoShow } from './close-appointment.ts';
import { listAppointments, listMemberAppointments } from './list-appointments.ts';
import { saveSchedule } from './save-schedule.ts';
import { getSchedule } from './schedule.ts';
import {
  AppointmentListQuery,
  AppointmentSchema,
  BookAppointmentBody,
  BookableStaffSchema,
  CancelAppointmentBody,
  SaveScheduleBody,
  ScheduleSchema,
  StoreParams,
} from './schemas.ts';
import { listBookableStaff } from './staff.ts';

const READ = { auth: { permission: 'appointments.read' } } as const;
const MANAGE = { auth: { permission: 'appointments.manage' } } as const;

/** Appointments (预约): a store's calendar, booking, arrival, cancel, no-show; hours and capacity. */
export function appointmentRoutes(app: App): void {
  app.get(
    '/appointments',
    {
      config: READ,
      schema: {
        operationId: 'listAppointments',
        tags: ['appointments'],
        summary: 'A store’s appointments starting in [from, to): a calendar day or week',
        querystring: AppointmentListQuery,
        response: { 200: z.array(AppointmentSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) => listAppointments(staffCtx(request), request.query),
  );

  app.get(
    '/members/:id/appointments',
    {
      config: READ,
      schema: {
        operationId: 'listMemberAppointments',
        tags: ['appointments'],
        summary: 'A member’s appointments in the stores you work in, latest first (at most 100)',
        params: IdParams,
        response: { 200: z.array(AppointmentSchema), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => listMemberAppointments(staffCtx(request), request.params.id),
  );

  app.get(
    '/appointments/:id',
    {
      config: READ,
      schema: {
        operationId: 'getAppointment',
        tags: ['appointments'],
        summary: 'One appointment',
        params: IdParams,
        response: { 200: AppointmentSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getAppointment(staffCtx(request), request.params.id),
  );

  app.post(
    '/appointments',
    {
      config: MANAGE,
      schema: {
        operationId: 'bookAppointment',
        tags: ['appointments'],
        summary:
          'Book a service for a member (optionally with a person, optionally holding a card session); Idempotency-Key accepted',
        body: BookAppointmentBody,
        response: { 201: AppointmentSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 201, (ctx) => bookAppointment(ctx, request.body)),
  );

  app.post(
    '/appointments/:id/arrive',
    {
      config: MANAGE,
      schema: {
        operationId: 'markAppointmentArrived',
        tags: ['appointments'],
        summary: 'The member came: uses the card session the booking held; Idempotency-Key accepted',
        params: IdParams,
        response: { 200: AppointmentSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 200, (ctx) => markArrived(ctx, request.params.id)),
  );

  app.post(
    '/appointments/:id/cancel',
    {
      config: MANAGE,
      schema: {
        operationId: 'cancelAppointment',
        tags: ['appointments'],
        summary:
          'Cancel: frees the slot and gives the held card session back (late cancels follow the no-show rule)',
        params: IdParams,
        body: CancelAppointmentBody,
        response: { 200: AppointmentSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 200, (ctx) =>
        cancelAppointment(ctx, request.params.id, request.body.reason ?? ''),
      ),
  );

  app.post(
    '/appointments/:id/no-show',
    {
      config: MANAGE,
      schema: {
        operationId: 'markAppointmentNoShow',
        tags: ['appointments'],
        summary:
          'The member did not come (after the start): frees the slot; the session is released or forfeited per the tenant’s rule',
        params: IdParams,
        response: { 200: AppointmentSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 200, (ctx) => markNoShow(ctx, request.params.id)),
  );

  app.get(
    '/stores/:storeId/appointment-schedule',
    {
      config: READ,
      schema: {
        operationId: 'getAppointmentSchedule',
        tags: ['appointments'],
        summary: 'A store’s working hours, slot size and capacities, and per-person hours',
        params: StoreParams,
        response: { 200: ScheduleSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getSchedule(staffCtx(request), request.params.storeId),
  );

  app.put(
    '/stores/:storeId/appointment-schedule',
    {
      config: { auth: { permission: 'appointments.schedule' } },
      schema: {
        operationId: 'saveAppointmentSchedule',
        tags: ['appointments'],
        summary: 'Set a store’s working hours, slot size and capacities (new bookings follow them)',
        params: StoreParams,
        body: SaveScheduleBody,
        response: { 200: ScheduleSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => saveSchedule(staffCtx(request), request.params.storeId, request.body),
  );

  app.get(
    '/stores/:storeId/appointment-staff',
    {
      config: READ,
      schema: {
        operationId: 'listAppointmentStaff',
        tags: ['appointments'],
        summary: 'Who can be booked in a store: its active people, service staff first',
        params: StoreParams,
        response: { 200: z.array(BookableStaffSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) => listBookableStaff(staffCtx(request), request.params.storeId),
  );
}

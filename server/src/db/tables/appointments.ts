import type { Timestamp } from './common.ts';

/** booked → arrived | cancelled | no_show; only a booked appointment changes. */
export type AppointmentStatus = 'booked' | 'arrived' | 'cancelled' | 'no_show';
/** What happened to the card session a booking reserved. */
export type AppointmentSession = 'none' | 'reserved' | 'consumed' | 'released' | 'forfeited';

export interface AppointmentSchedulesTable {
  tenant_id: string;
  store_id: string;
  /** JSON: seven entries Monday…Sunday, each { open: 'HH:MM', close: 'HH:MM' } or null (closed). */
  hours: string;
  slot_minutes: number;
  /** Bookings one staff member takes at the same time. */
  staff_capacity: number;
  /** Bookings the store takes at the same time (rooms, chairs); null = no limit. */
  store_capacity: number | null;
  updated_at: Timestamp;
}

export interface AppointmentStaffHoursTable {
  tenant_id: string;
  store_id: string;
  user_id: string;
  /** JSON: as the store's hours; a person's hours narrow the store's. */
  hours: string;
  updated_at: Timestamp;
}

export interface AppointmentsTable {
  tenant_id: string;
  id: string;
  store_id: string;
  member_id: string;
  service_product_id: string;
  service_name: string;
  duration_minutes: number;
  staff_user_id: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  /** The slot grid at booking and the end of the last slot held (capacity is counted per slot). */
  slot_minutes: number;
  slot_until: Timestamp;
  status: AppointmentStatus;
  member_card_id: string | null;
  card_item_code: string | null;
  session: AppointmentSession;
  note: string;
  cancel_reason: string;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** When it was marked arrived, cancelled or no-show. */
  closed_at: Timestamp | null;
}

export interface AppointmentSlotCountsTable {
  tenant_id: string;
  store_id: string;
  /** 'store' or a staff user id. */
  resource: string;
  slot_start: Timestamp;
  booked: number;
}

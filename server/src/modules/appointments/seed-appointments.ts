import type { Ctx } from '../../shared/context.ts';
import { bookAppointment } from './book-appointment.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A few demo bookings in a store for tomorrow and the day after (local midnight `today` given),
 * with the service person and without, so the calendar is not empty on first start.
 */
export async function seedAppointments(
  ctx: Ctx,
  storeId: string,
  staffUserId: string,
  today: number,
): Promise<void> {
  const members = await ctx.db
    .selectFrom('members')
    .select('id')
    .where('tenant_id', '=', ctx.tenantId)
    .where('status', '=', 'active')
    .orderBy('id')
    .limit(4)
    .execute();
  const services = await ctx.db
    .selectFrom('products')
    .select(['id', 'sku'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('sku', 'in', ['SV-WASHCUT', 'SV-FACIAL'])
    .execute();
  const service = (sku: string) => services.find((s) => s.sku === sku)?.id;
  const plan: [number, number, string, string | null][] = [
    [1, 14, 'SV-FACIAL', staffUserId],
    [1, 15.5, 'SV-WASHCUT', staffUserId],
    [1, 11, 'SV-WASHCUT', null],
    [2, 10.5, 'SV-FACIAL', staffUserId],
  ];
  for (const [i, [days, hour, sku, staff]] of plan.entries()) {
    const member = members[i];
    const serviceId = service(sku);
    if (!member || !serviceId) continue;
    await bookAppointment(ctx, {
      storeId,
      memberId: member.id,
      serviceId,
      staffUserId: staff,
      startsAt: new Date(today + days * DAY + hour * HOUR).toISOString(),
    });
  }
}

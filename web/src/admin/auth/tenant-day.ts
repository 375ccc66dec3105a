import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { todayIn } from '../pages/appointments/time.ts';
import { useSession } from './session.tsx';

/**
 * Today in the tenant's time zone, as a local-midnight day. Reports count the tenant's days: a
 * head office abroad, or a browser on UTC after 16:00, is already on tomorrow in Shanghai.
 */
export function useTenantToday(): Dayjs {
  const { me } = useSession();
  const zone = me?.tenant.timezone;
  return useMemo(() => dayjs(zone ? todayIn(zone) : dayjs().format('YYYY-MM-DD')), [zone]);
}

import { api, unwrap } from '../../../api/client.ts';
import { useLoad } from '../../../lib/use-load.ts';

/** Staff to assign a complaint to (needs users.read; empty otherwise, the field then takes an id). */
export function usePeople() {
  const users = useLoad(
    () =>
      unwrap(api.GET('/api/v1/users')).catch(
        () => [] as { id: string; displayName: string; status: string }[],
      ),
    [],
  );
  return (users.data ?? [])
    .filter((u) => u.status === 'active')
    .map((u) => ({ value: u.id, label: u.displayName }));
}

import { Link } from 'react-router-dom';
import { api, unwrap } from '../../../api/client.ts';
import { useLoad } from '../../../lib/use-load.ts';

/**
 * A member's name linking to their 360 page. Adjustments carry only the id and there is no batch
 * lookup, so each visible row asks for its own (tables show a page at a time).
 */
export function MemberLink({ id }: { id: string }) {
  const member = useLoad(() => unwrap(api.GET('/api/v1/members/{id}', { params: { path: { id } } })), [id]);
  return <Link to={`/members/${id}`}>{member.data?.name ?? id.slice(0, 8)}</Link>;
}

import type { ComplaintStatus } from '../../db/schema.ts';
import { AppError } from '../../shared/errors.ts';

export const COMPLAINT_STATUSES = [
  'new',
  'assigned',
  'resolved',
  'closed',
] as const satisfies readonly ComplaintStatus[];

/**
 * The complaint workflow. A new complaint is assigned to someone (or closed at once when it is
 * no complaint at all); the assignee resolves it; a manager closes it after checking back with
 * the member, or reopens it (→ assigned) when the member is not satisfied. Closed is final.
 */
export function nextStatuses(from: ComplaintStatus): readonly ComplaintStatus[] {
  switch (from) {
    case 'new':
      return ['assigned', 'closed'];
    case 'assigned':
      // assigned → assigned hands it to someone else.
      return ['assigned', 'resolved'];
    case 'resolved':
      return ['closed', 'assigned'];
    case 'closed':
      return [];
  }
}

export function requireTransition(from: ComplaintStatus, to: ComplaintStatus): void {
  if (!nextStatuses(from).includes(to)) {
    throw new AppError('COMPLAINT_TRANSITION_INVALID', `A ${from} complaint cannot become ${to}`, {
      from,
      to,
      allowed: nextStatuses(from),
    });
  }
}

import type { Actor, Ctx } from '../../shared/context.ts';
import type { Permission } from '../auth/permissions.ts';

/**
 * A member on the portal as other modules' use cases see them: just enough permission to read
 * (their own phone unmasked), every store (a member's history spans the chain). The portal only
 * ever passes the session's own member id to those use cases; that, not the permission set, is
 * what keeps one member out of another's data.
 */
const READ: readonly Permission[] = ['members.read', 'members.phone.unmasked', 'orders.read'];

export function memberActor(extra: readonly Permission[] = []): Actor {
  return {
    kind: 'member',
    userId: null,
    name: '会员自助 Member portal',
    permissions: new Set([...READ, ...extra]),
    storeIds: 'all',
  };
}

/** The same context with one more permission, for the one use case that needs it (a profile edit). */
export function withPermission(ctx: Ctx, permission: Permission): Ctx {
  return { ...ctx, actor: memberActor([permission]) };
}

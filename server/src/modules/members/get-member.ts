import type { Ctx } from '../../shared/context.ts';
import { requirePermission } from '../auth/permissions.ts';
import { loadMember } from './access.ts';
import { type MemberView, toMemberView } from './members.ts';

export async function getMember(ctx: Ctx, memberId: string): Promise<MemberView> {
  requirePermission(ctx.actor, 'members.read');
  return toMemberView(await loadMember(ctx, memberId), ctx.actor);
}

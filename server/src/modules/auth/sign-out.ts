import type { Ctx } from '../../shared/context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { deleteSession, deleteSessionsOfUser } from './queries.ts';

export async function signOut(ctx: Ctx, sessionId: string): Promise<void> {
  await deleteSession(ctx.db, ctx.tenantId, sessionId);
  if (ctx.actor.userId)
    await recordAudit(ctx, { action: 'user.sign_out', entity: 'user', entityId: ctx.actor.userId });
}

/** Ends every session of the signed-in user on every device, this one included. */
export async function signOutEverywhere(ctx: Ctx): Promise<{ endedSessions: number }> {
  const userId = ctx.actor.userId;
  if (!userId) return { endedSessions: 0 };
  const endedSessions = await deleteSessionsOfUser(ctx.db, ctx.tenantId, userId);
  await recordAudit(ctx, {
    action: 'user.sign_out_everywhere',
    entity: 'user',
    entityId: userId,
    after: { endedSessions },
  });
  return { endedSessions };
}

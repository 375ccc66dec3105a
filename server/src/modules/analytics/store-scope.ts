import type { Ctx } from '../../shared/context.ts';
import { requireStore } from '../auth/permissions.ts';
import type { StoreScope } from './queries.ts';

/**
 * Whose purchases a report reads: the store asked for (if the actor works there), else all the
 * actor's stores. Only an actor of every store who names none sees the imported history too.
 */
export function reportStores(ctx: Ctx, storeId: string | undefined): StoreScope {
  if (storeId !== undefined) {
    requireStore(ctx.actor, storeId);
    return [storeId];
  }
  return ctx.actor.storeIds;
}

import type { Actor } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { hasPermission, type Permission } from '../auth/permissions.ts';

/** Who may read the catalog: the till sells from it, the back office edits it, stock counts it. */
const READERS: readonly Permission[] = ['pos.sell', 'catalog.manage', 'inventory.read'];

export function requireCatalogRead(actor: Actor): void {
  if (!READERS.some((p) => hasPermission(actor, p))) {
    throw new AppError('FORBIDDEN', 'Missing permission to read the catalog', { permission: READERS });
  }
}

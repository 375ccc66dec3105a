import type { ImportKind } from '../../db/tables/imports.ts';
import type { Actor } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { hasPermission } from '../auth/permissions.ts';
import { productImport } from '../catalog/import-products.ts';
import { historyImport } from '../history/history-kind.ts';
import { DUPLICATE_IN_FILE, DUPLICATE_LABEL, type ImportKindSpec } from './import-kind.ts';
import { memberImport } from './members-kind.ts';

/** Every kind of import, by the name jobs store in `import_jobs.kind`. */
export const IMPORT_KINDS: Record<ImportKind, ImportKindSpec<never>> = {
  members: memberImport as ImportKindSpec<never>,
  products: productImport as ImportKindSpec<never>,
  history: historyImport as ImportKindSpec<never>,
};

export const IMPORT_KIND_NAMES = Object.keys(IMPORT_KINDS) as [ImportKind, ...ImportKind[]];

export function importKind(kind: ImportKind): ImportKindSpec<unknown> {
  return IMPORT_KINDS[kind] as ImportKindSpec<unknown>;
}

/** The kinds this actor may import. */
export function kindsFor(actor: Actor): ImportKind[] {
  return IMPORT_KIND_NAMES.filter((k) => hasPermission(actor, IMPORT_KINDS[k].permission));
}

/** Refuses an actor who may import nothing at all (the 403 of the list and of an unknown job). */
export function requireSomeImport(actor: Actor): ImportKind[] {
  const kinds = kindsFor(actor);
  if (kinds.length === 0) {
    const permission = IMPORT_KIND_NAMES.map((k) => IMPORT_KINDS[k].permission);
    throw new AppError('FORBIDDEN', 'Missing permission to import', { permission });
  }
  return kinds;
}

export function rejectionLabel(kind: ImportKind, code: string): string {
  if (code === DUPLICATE_IN_FILE) return DUPLICATE_LABEL;
  return IMPORT_KINDS[kind].rejectionLabels[code] ?? code;
}

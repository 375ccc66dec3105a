import { sql } from 'kysely';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { requireCatalogRead } from './access.ts';

export interface CategoryView {
  id: string;
  parentId: string | null;
  name: string;
  sort: number;
  pointsPerYuan: number | null;
  productCount: number;
}

/** Every category of the tenant, flat, by sort then name; the client builds the tree from parentId. */
export async function listCategories(ctx: Ctx): Promise<CategoryView[]> {
  requireCatalogRead(ctx.actor);
  return selectCategories(ctx);
}

export async function selectCategories(ctx: Ctx, id?: string): Promise<CategoryView[]> {
  let q = ctx.db
    .selectFrom('categories as c')
    .select(['c.id', 'c.parent_id', 'c.name', 'c.sort', 'c.points_per_yuan'])
    .select((eb) =>
      eb
        .selectFrom('products as p')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('p.tenant_id', '=', 'c.tenant_id')
        .whereRef('p.category_id', '=', 'c.id')
        .as('product_count'),
    )
    .where('c.tenant_id', '=', ctx.tenantId);
  if (id) q = q.where('c.id', '=', id);
  const rows = await q.orderBy('c.sort').orderBy('c.id').execute();
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    name: r.name,
    sort: r.sort,
    pointsPerYuan: r.points_per_yuan,
    productCount: Number(r.product_count ?? 0),
  }));
}

export async function loadCategory(ctx: Ctx, id: string): Promise<CategoryView> {
  const [category] = await selectCategories(ctx, id);
  if (!category) throw new AppError('CATEGORY_NOT_FOUND', 'No such category', { categoryId: id });
  return category;
}

/** The ids of a category and every category below it (for "products in 护理服务", sub-trees included). */
export async function subtreeIds(ctx: Ctx, rootId: string): Promise<string[]> {
  const all = await ctx.db
    .selectFrom('categories')
    .select(['id', 'parent_id'])
    .where('tenant_id', '=', ctx.tenantId)
    .execute();
  const children = new Map<string, string[]>();
  for (const c of all) {
    if (c.parent_id) children.set(c.parent_id, [...(children.get(c.parent_id) ?? []), c.id]);
  }
  const out: string[] = [];
  const stack = all.some((c) => c.id === rootId) ? [rootId] : [];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.includes(id)) continue; // a cycle cannot be stored, but never loop on one
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

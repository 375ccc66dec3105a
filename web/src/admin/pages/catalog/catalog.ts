import type { Schemas } from '../../../api/client.ts';
import type { paths } from '../../../api/schema.gen.ts';

export type Category = Schemas['Category'];
export type Product = Schemas['Product'];
export type ProductKind = Product['kind'];
export type CreateProductBody = NonNullable<
  paths['/api/v1/products']['post']['requestBody']
>['content']['application/json'];
export type UpdateProductBody = NonNullable<
  paths['/api/v1/products/{id}']['patch']['requestBody']
>['content']['application/json'];
export type ProductQuery = NonNullable<paths['/api/v1/products']['get']['parameters']['query']>;

export const PRODUCT_KINDS: readonly ProductKind[] = ['goods', 'service', 'card', 'gift_card'];

export interface CategoryNode extends Category {
  children?: CategoryNode[];
}

/** The flat list as a tree, siblings by sort then name; a node whose parent is gone shows at the top. */
export function categoryTree(list: readonly Category[]): CategoryNode[] {
  const ids = new Set(list.map((c) => c.id));
  const childrenOf = new Map<string | null, Category[]>();
  for (const c of list) {
    const parent = c.parentId && ids.has(c.parentId) ? c.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), c]);
  }
  const build = (parent: string | null, seen: Set<string>): CategoryNode[] =>
    (childrenOf.get(parent) ?? [])
      .filter((c) => !seen.has(c.id))
      .sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name, 'zh-CN'))
      .map((c) => {
        const children = build(c.id, new Set([...seen, c.id]));
        return children.length ? { ...c, children } : { ...c };
      });
  return build(null, new Set());
}

/** "服务项目 / 美发服务": where a category sits, for tables. */
export function categoryPath(list: readonly Category[], id: string | null | undefined): string {
  const byId = new Map(list.map((c) => [c.id, c]));
  const names: string[] = [];
  for (let at = id ? byId.get(id) : undefined; at && names.length < 20; at = byId.get(at.parentId ?? '')) {
    names.unshift(at.name);
  }
  return names.join(' / ');
}

/** A category and every one below it: where it may not move to (a cycle). */
export function descendantIds(list: readonly Category[], id: string): Set<string> {
  const out = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of list) {
      if (c.parentId && out.has(c.parentId) && !out.has(c.id)) {
        out.add(c.id);
        grew = true;
      }
    }
  }
  return out;
}

interface TreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children?: TreeOption[];
}

/** Options for an antd TreeSelect; `disabled` ids show but cannot be picked. */
export function treeOptions(
  nodes: readonly CategoryNode[],
  disabled: ReadonlySet<string> = new Set(),
): TreeOption[] {
  return nodes.map((n) => ({
    value: n.id,
    title: n.name,
    ...(disabled.has(n.id) ? { disabled: true } : {}),
    ...(n.children ? { children: treeOptions(n.children, disabled) } : {}),
  }));
}

/** Same origin, so the session cookie goes along: a plain link downloads the file. */
export const PRODUCTS_EXPORT_URL = '/api/v1/exports/products.xlsx';

import { describe, expect, it } from 'vitest';
import { type Category, categoryPath, categoryTree, descendantIds } from './catalog.ts';

const c = (id: string, parentId: string | null, name: string, sort = 0): Category => ({
  id,
  parentId,
  name,
  sort,
  pointsPerYuan: null,
  productCount: 0,
});

describe('category tree', () => {
  const list = [
    c('b', null, '零售', 2),
    c('a', null, '服务', 1),
    c('a1', 'a', '美发'),
    c('a1x', 'a1', '剪发'),
  ];

  it('nests by parent and orders siblings by sort', () => {
    const tree = categoryTree(list);
    expect(tree.map((n) => n.id)).toEqual(['a', 'b']);
    expect(tree[0]?.children?.[0]?.children?.[0]?.id).toBe('a1x');
    expect(tree[1]?.children).toBeUndefined();
  });

  it('names the path and the sub-tree', () => {
    expect(categoryPath(list, 'a1x')).toBe('服务 / 美发 / 剪发');
    expect(categoryPath(list, null)).toBe('');
    expect([...descendantIds(list, 'a')].sort()).toEqual(['a', 'a1', 'a1x']);
  });
});

import type { Ctx } from '../../shared/context.ts';
import { listCategories } from '../catalog/categories.ts';
import { createRule } from './save-rule.ts';

/**
 * The demo salon's commission: services 10% (点钟 15%, 12%/18% once a person has done ¥20,000 this
 * month), care services 15% (点钟 20%), retail 3%, ¥20 for each card sold. Needs the catalog.
 */
export async function seedCommissionRules(ctx: Ctx): Promise<void> {
  await createRule(ctx, {
    name: '服务项目默认',
    scope: 'kind',
    kind: 'service',
    basis: 'percent',
    assignedValue: 1_000,
    requestedValue: 1_500,
    tiers: [{ fromCents: 2_000_000, assignedValue: 1_200, requestedValue: 1_800 }],
  });
  await createRule(ctx, {
    name: '零售商品',
    scope: 'kind',
    kind: 'goods',
    basis: 'percent',
    assignedValue: 300,
  });
  await createRule(ctx, { name: '售卡', scope: 'kind', kind: 'card', basis: 'fixed', assignedValue: 2_000 });
  const care = (await listCategories(ctx)).find((c) => c.name === '护理服务');
  if (care) {
    await createRule(ctx, {
      name: '护理服务',
      scope: 'category',
      targetId: care.id,
      basis: 'percent',
      assignedValue: 1_500,
      requestedValue: 2_000,
    });
  }
}

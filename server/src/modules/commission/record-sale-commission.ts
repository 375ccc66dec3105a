import type { Insertable } from 'kysely';
import type { CommissionLedgerTable, ProductKind } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { startOfLocalMonth } from './period.ts';
import { indexRules, rateFor, ruleFor, splitLine } from './pick-rule.ts';
import { categoriesOfProducts, categoryTree, volumesOf } from './queries.ts';
import { selectRules } from './rules.ts';

/** What commission needs of a sale; an OrderView fits. */
export interface SaleForCommission {
  id: string;
  orderNo: string;
  storeId: string;
  lines: {
    lineNo: number;
    productId: string;
    name: string;
    kind: ProductKind;
    qty: number;
    totalCents: number;
    staff: { userId: string; sharePercent: number; requested: boolean }[];
  }[];
}

/**
 * Writes the sale's commission inside the checkout transaction: for each line with staff, the most
 * specific active rule prices it, each person at their 点钟/轮钟 value and at the tier their
 * month-to-date volume had reached before this sale (the order's own lines do not lift each
 * other's tier). A line no rule covers earns nothing and counts toward no volume.
 */
export async function recordSaleCommission(ctx: Ctx, order: SaleForCommission): Promise<void> {
  const lines = order.lines.filter((l) => l.staff.length > 0);
  if (lines.length === 0) return;
  const rules = (await selectRules(ctx, 'active')).filter((r) => r.scope !== 'recharge');
  if (rules.length === 0) return;
  const byCategory = rules.some((r) => r.scope === 'category');
  const categoryOf = byCategory
    ? await categoriesOfProducts(
        ctx.db,
        ctx.tenantId,
        lines.map((l) => l.productId),
      )
    : new Map<string, string | null>();
  const index = indexRules(rules, byCategory ? await categoryTree(ctx.db, ctx.tenantId) : new Map());

  const { timezone } = await getTenantProfile(ctx);
  const at = ctx.now.toISOString();
  const volumes = await volumesOf(
    ctx.db,
    ctx.tenantId,
    lines.flatMap((l) => l.staff.map((s) => s.userId)),
    startOfLocalMonth(ctx.now, timezone).toISOString(),
    at,
  );

  const rows: Insertable<CommissionLedgerTable>[] = [];
  for (const line of lines) {
    const rule = ruleFor(index, {
      productId: line.productId,
      categoryId: categoryOf.get(line.productId) ?? null,
      kind: line.kind,
    });
    if (!rule) continue;
    const parts = line.staff.map((s) => ({
      sharePercent: s.sharePercent,
      rate: rateFor(rule, s.requested, volumes.get(s.userId) ?? 0),
    }));
    const { bases, amounts } = splitLine(line, rule.basis, parts);
    line.staff.forEach((s, i) => {
      rows.push({
        tenant_id: ctx.tenantId,
        id: uuidv7(ctx.now.getTime()),
        staff_user_id: s.userId,
        store_id: order.storeId,
        at,
        kind: 'sale',
        ref_type: 'order_line',
        ref_id: `${order.id}:${line.lineNo}`,
        order_id: order.id,
        line_no: line.lineNo,
        order_no: order.orderNo,
        item_name: line.name,
        kind_of_item: line.kind,
        qty: line.qty,
        share_percent: s.sharePercent,
        requested: s.requested ? 1 : 0,
        base_cents: bases[i] ?? 0,
        amount_cents: amounts[i] ?? 0,
        rule_id: rule.id,
        rate: parts[i]?.rate ?? 0,
        basis: rule.basis,
        reverses_id: null,
        note: '',
      });
    });
  }
  if (rows.length) await ctx.db.insertInto('commission_ledger').values(rows).execute();
}

import type { Db } from '../db/schema.ts';
import { PERMISSIONS } from '../modules/auth/permissions.ts';
import { createPurchaseOrder } from '../modules/inventory/purchase-orders.ts';
import { receivePurchaseOrder } from '../modules/inventory/receive-purchase-order.ts';
import { createSupplier } from '../modules/inventory/suppliers.ts';
import { checkout, type TenderInput } from '../modules/sales/checkout.ts';
import { quoteCart } from '../modules/sales/quote.ts';
import { refundOrder } from '../modules/sales/refund-order.ts';
import { closeShift, openShift, shiftReport } from '../modules/sales/shifts.ts';
import type { Ctx } from '../shared/context.ts';
import { isAppError } from '../shared/errors.ts';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** A small deterministic generator, so the demo (and its screenshots) is the same every time. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

interface SeedStore {
  id: string;
  cashierId: string;
  cashierName: string;
  staffId: string | null;
}

/**
 * A few weeks of trading for the demo, through the real use cases so every ledger is true: a shift
 * per store and day, walk-ins and members, split tenders, card sales and card visits, staff on
 * service lines, the odd refund, and restocking by purchase order when a shelf runs low.
 */
export async function seedSales(
  db: Db,
  tenantId: string,
  stores: SeedStore[],
  from: Date,
  until: Date,
): Promise<void> {
  const rng = random(20_261_124);
  const actorFor = (store: SeedStore, at: Date): Ctx => ({
    db,
    tenantId,
    actor: {
      kind: 'user',
      userId: store.cashierId,
      name: store.cashierName,
      permissions: new Set(PERMISSIONS),
      storeIds: 'all',
    },
    now: at,
    log: { info() {}, warn() {}, error() {}, debug() {} },
    requestId: 'seed-sales',
    ip: '',
    memo: new Map(),
  });
  const products = await db
    .selectFrom('products')
    .select(['id', 'kind', 'sku', 'track_stock', 'cost_cents', 'card_product_id'])
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'active')
    .orderBy('sku')
    .execute();
  const goods = products.filter((p) => p.kind === 'goods');
  const services = products.filter((p) => p.kind === 'service');
  const cardProducts = products.filter((p) => p.kind === 'card');
  const supplier = await createSupplier(actorFor(stores[0]!, from), {
    name: '华东美发用品批发',
    contact: '周经理',
    phone: '021-50000001',
  });

  for (let day = from.getTime(); day < until.getTime(); day += DAY) {
    for (const store of stores) {
      const at = (minutes: number) => new Date(day + minutes * MINUTE);
      if (at(0) >= until) continue;
      await restock(actorFor(store, at(0)), store.id, supplier.id);
      const shift = await openShift(actorFor(store, at(0)), {
        storeId: store.id,
        till: 'T1',
        floatCents: 50_000,
      });
      const members = await db
        .selectFrom('members')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('home_store_id', '=', store.id)
        .where('status', '=', 'active')
        .orderBy('id')
        .execute();
      const orders = 5 + rng.int(6);
      for (let n = 0; n < orders; n++) {
        const when = at(30 + Math.floor((n * 600) / orders) + rng.int(40));
        if (when >= until) break;
        const ctx = actorFor(store, when);
        const memberId = rng.next() < 0.6 && members.length ? rng.pick(members).id : null;
        const lines = await cartFor(ctx, memberId);
        try {
          const quote = await quoteCart(ctx, { storeId: store.id, memberId, lines });
          const payments = await tendersFor(ctx, memberId, quote.totalCents);
          const order = await checkout(ctx, { storeId: store.id, till: 'T1', memberId, lines, payments });
          if (rng.next() < 0.04 && order.lines[0]) {
            await refundOrder(actorFor(store, new Date(when.getTime() + 20 * MINUTE)), {
              orderId: order.id,
              till: 'T1',
              lines: [{ lineNo: 1, qty: 1 }],
              reason: rng.pick(['顾客不满意', '商品破损', '重复下单']),
            });
          }
        } catch (err) {
          // An empty shelf or a spent balance refuses the sale, as it would at the counter.
          if (!isAppError(err)) throw err;
        }
      }
      // Today's shift closes now: the till is left ready for whoever opens the next one.
      const close = at(12 * 60) < until ? at(12 * 60) : new Date(until.getTime() - MINUTE);
      const report = await shiftReport(actorFor(store, close), shift.id);
      const short = rng.next() < 0.15 ? 1_000 : 0;
      await closeShift(actorFor(store, close), shift.id, {
        countedCashCents: report.expectedCashCents - short,
        note: short ? '少 ¥10，原因待查' : '',
      });
    }
  }

  /** One to three lines: services with their stylist, shelf goods, now and then a card or a card visit. */
  async function cartFor(ctx: Ctx, memberId: string | null) {
    const lines: {
      productId: string;
      qty: number;
      cardId?: string;
      staff?: { userId: string; sharePercent: number }[];
    }[] = [];
    const store = stores.find((s) => s.cashierId === ctx.actor.userId)!;
    const staff = store.staffId ? [{ userId: store.staffId, sharePercent: 100 }] : undefined;
    if (memberId && rng.next() < 0.08 && cardProducts.length) {
      lines.push({ productId: rng.pick(cardProducts).id, qty: 1 });
      return lines;
    }
    if (memberId && rng.next() < 0.3) {
      const card = await ctx.db
        .selectFrom('member_cards')
        .innerJoin('member_card_items', (j) =>
          j
            .onRef('member_card_items.tenant_id', '=', 'member_cards.tenant_id')
            .onRef('member_card_items.member_card_id', '=', 'member_cards.id'),
        )
        .select(['member_cards.id', 'member_card_items.item_code'])
        .where('member_cards.tenant_id', '=', ctx.tenantId)
        .where('member_cards.member_id', '=', memberId)
        .where('member_cards.status', '=', 'active')
        .where('member_card_items.sessions_left', '>', 0)
        .executeTakeFirst();
      const service = card && services.find((s) => s.sku === card.item_code);
      if (card && service) lines.push({ productId: service.id, qty: 1, cardId: card.id, staff });
    }
    const count = 1 + rng.int(3);
    for (let i = lines.length; i < count; i++) {
      const service = rng.next() < 0.55;
      const product = service ? rng.pick(services) : rng.pick(goods);
      if (lines.some((l) => l.productId === product.id)) continue;
      lines.push({ productId: product.id, qty: service ? 1 : 1 + rng.int(2), ...(service ? { staff } : {}) });
    }
    return lines;
  }

  /** Members often pay from stored value; everyone else by WeChat, Alipay, card or cash. */
  async function tendersFor(ctx: Ctx, memberId: string | null, total: number): Promise<TenderInput[]> {
    if (total === 0) return [];
    if (memberId && rng.next() < 0.5) {
      const balance = await ctx.db
        .selectFrom('stored_value_accounts')
        .select(['principal_cents', 'bonus_cents'])
        .where('tenant_id', '=', ctx.tenantId)
        .where('member_id', '=', memberId)
        .executeTakeFirst();
      const available = (balance?.principal_cents ?? 0) + (balance?.bonus_cents ?? 0);
      if (available >= total) return [{ method: 'stored_value', amountCents: total }];
      if (available > 0)
        return [
          { method: 'stored_value', amountCents: available },
          { method: 'wechat', amountCents: total - available, ref: `WX${rng.int(1e9)}` },
        ];
    }
    const method = rng.pick(['cash', 'wechat', 'wechat', 'alipay', 'bank_card'] as const);
    if (method === 'cash')
      return [{ method, amountCents: total, tenderedCents: Math.ceil(total / 5_000) * 5_000 }];
    return [{ method, amountCents: total, ref: `${method.toUpperCase()}${rng.int(1e9)}` }];
  }

  /** Shelf items below six are reordered by the dozen (or two) and received the same morning. */
  async function restock(ctx: Ctx, storeId: string, supplierId: string) {
    const low = await ctx.db
      .selectFrom('stock_levels')
      .innerJoin('products', (j) =>
        j
          .onRef('products.tenant_id', '=', 'stock_levels.tenant_id')
          .onRef('products.id', '=', 'stock_levels.product_id'),
      )
      .select(['products.id', 'products.cost_cents'])
      .where('stock_levels.tenant_id', '=', ctx.tenantId)
      .where('stock_levels.store_id', '=', storeId)
      .where('stock_levels.on_hand', '<', 6)
      .execute();
    if (low.length === 0) return;
    const po = await createPurchaseOrder(ctx, {
      storeId,
      supplierId,
      note: '补货',
      lines: low.map((p) => ({ productId: p.id, qty: 24, unitCostCents: p.cost_cents })),
    });
    await receivePurchaseOrder(ctx, po.id, {});
  }
}

import { allocate } from '../../shared/money.ts';

/**
 * How each business event moves the daily facts, written once for the live writes (one event, in
 * its transaction) and the rebuild (every event of a tenant, from the raw rows). Counters only
 * ever add, so any set of events can be applied in any order and give the same facts.
 */
export type FactTable =
  | 'fact_store_days'
  | 'fact_product_days'
  | 'fact_staff_days'
  | 'fact_payment_days'
  | 'fact_member_days';

export const FACT_TABLES: readonly FactTable[] = [
  'fact_store_days',
  'fact_product_days',
  'fact_staff_days',
  'fact_payment_days',
  'fact_member_days',
];

export const FACT_KEYS: Record<FactTable, readonly string[]> = {
  fact_store_days: ['day', 'store_id'],
  fact_product_days: ['day', 'store_id', 'product_id', 'category_key', 'kind'],
  fact_staff_days: ['day', 'store_id', 'staff_key'],
  fact_payment_days: ['day', 'store_id', 'method'],
  fact_member_days: ['day', 'store_id', 'member_id'],
};

const SALES = [
  'order_count',
  'quantity',
  'sales_cents',
  'cost_cents',
  'refund_quantity',
  'refund_cents',
  'refund_cost_cents',
];
export const FACT_COUNTERS: Record<FactTable, readonly string[]> = {
  fact_store_days: [
    ...SALES,
    'refund_count',
    'recharge_count',
    'recharge_cents',
    'recharge_bonus_cents',
    'recharge_refund_count',
    'recharge_refund_cents',
    'new_members',
  ],
  fact_product_days: [...SALES, 'category_order_count'],
  fact_staff_days: SALES,
  fact_payment_days: ['order_count', 'payment_count', 'paid_cents', 'refund_count', 'refund_cents'],
  fact_member_days: ['order_count', 'sales_cents', 'refund_cents', 'recharge_cents'],
};

export interface FactRow {
  key: Record<string, string>;
  counts: Record<string, number>;
}
export type Facts = Map<FactTable, Map<string, FactRow>>;

export function newFacts(): Facts {
  return new Map(FACT_TABLES.map((t) => [t, new Map()]));
}

export function factKey(table: FactTable, key: Record<string, string>): string {
  return FACT_KEYS[table].map((k) => key[k] ?? '').join('|');
}

export function addFact(
  facts: Facts,
  table: FactTable,
  key: Record<string, string>,
  counts: Record<string, number>,
) {
  const rows = facts.get(table)!;
  const id = factKey(table, key);
  let row = rows.get(id);
  if (!row) {
    row = { key, counts: {} };
    rows.set(id, row);
  }
  for (const [c, v] of Object.entries(counts)) row.counts[c] = (row.counts[c] ?? 0) + v;
}

export interface EventLine {
  lineNo: number;
  productId: string;
  categoryId: string | null;
  kind: string;
  qty: number;
  /** The line's total (sale) or the refunded amount (refund), fen. */
  amountCents: number;
  costCents: number;
}
export interface EventStaff {
  lineNo: number;
  staffUserId: string;
  sharePercent: number;
}
export interface OrderEvent {
  day: string;
  storeId: string;
  memberId: string | null;
  amountCents: number;
  lines: EventLine[];
  staff: EventStaff[];
  payments: { method: string; amountCents: number }[];
}

/**
 * A line's figures split over the people who served it by share, largest remainder, so the parts
 * add up to the line exactly; a line nobody served goes to staff_key ''. A refund splits its own
 * amounts the same way, so staff rows always add up to the store's figures.
 */
function staffParts(line: EventLine, staff: EventStaff[]) {
  const people = staff
    .filter((s) => s.lineNo === line.lineNo)
    .sort((a, b) => (a.staffUserId < b.staffUserId ? -1 : a.staffUserId > b.staffUserId ? 1 : 0));
  if (!people.length) return [{ key: '', qty: line.qty, amount: line.amountCents, cost: line.costCents }];
  const weights = people.map((p) => p.sharePercent);
  const qty = allocate(line.qty, weights);
  const amount = allocate(line.amountCents, weights);
  const cost = allocate(line.costCents, weights);
  return people.map((p, i) => ({ key: p.staffUserId, qty: qty[i]!, amount: amount[i]!, cost: cost[i]! }));
}

const productKey = (e: OrderEvent, l: EventLine) => ({
  day: e.day,
  store_id: e.storeId,
  product_id: l.productId,
  category_key: l.categoryId ?? '',
  kind: l.kind,
});

/** A sale: the order on its day and store, each line by product and by staff, each tender. */
export function addSale(facts: Facts, e: OrderEvent): void {
  const at = { day: e.day, store_id: e.storeId };
  addFact(facts, 'fact_store_days', at, {
    order_count: 1,
    quantity: e.lines.reduce((s, l) => s + l.qty, 0),
    sales_cents: e.amountCents,
    cost_cents: e.lines.reduce((s, l) => s + l.costCents, 0),
  });
  const seen = new Set<string>();
  const once = (table: FactTable | 'category', key: Record<string, string>) => {
    const id = `${table}:${Object.values(key).join('|')}`;
    if (seen.has(id)) return 0;
    seen.add(id);
    return 1;
  };
  // In line order: an order's count in a category goes on its first line there, wherever the
  // lines were read from, so the live write and the rebuild put it on the same product's row.
  for (const l of [...e.lines].sort((a, b) => a.lineNo - b.lineNo)) {
    const pk = productKey(e, l);
    addFact(facts, 'fact_product_days', pk, {
      order_count: once('fact_product_days', pk),
      category_order_count: once('category', {
        day: e.day,
        store_id: e.storeId,
        category_key: pk.category_key,
      }),
      quantity: l.qty,
      sales_cents: l.amountCents,
      cost_cents: l.costCents,
    });
    for (const part of staffParts(l, e.staff)) {
      const sk = { ...at, staff_key: part.key };
      addFact(facts, 'fact_staff_days', sk, {
        order_count: once('fact_staff_days', sk),
        quantity: part.qty,
        sales_cents: part.amount,
        cost_cents: part.cost,
      });
    }
  }
  for (const p of e.payments) {
    const mk = { ...at, method: p.method };
    addFact(facts, 'fact_payment_days', mk, {
      order_count: once('fact_payment_days', mk),
      payment_count: 1,
      paid_cents: p.amountCents,
    });
  }
  if (e.memberId)
    addFact(
      facts,
      'fact_member_days',
      { ...at, member_id: e.memberId },
      { order_count: 1, sales_cents: e.amountCents },
    );
}

/** A refund: on its own day, at the order's store, against the lines' products and staff. */
export function addRefund(facts: Facts, e: OrderEvent): void {
  const at = { day: e.day, store_id: e.storeId };
  addFact(facts, 'fact_store_days', at, {
    refund_count: 1,
    refund_quantity: e.lines.reduce((s, l) => s + l.qty, 0),
    refund_cents: e.amountCents,
    refund_cost_cents: e.lines.reduce((s, l) => s + l.costCents, 0),
  });
  for (const l of e.lines) {
    addFact(facts, 'fact_product_days', productKey(e, l), {
      refund_quantity: l.qty,
      refund_cents: l.amountCents,
      refund_cost_cents: l.costCents,
    });
    for (const part of staffParts(l, e.staff)) {
      addFact(
        facts,
        'fact_staff_days',
        { ...at, staff_key: part.key },
        { refund_quantity: part.qty, refund_cents: part.amount, refund_cost_cents: part.cost },
      );
    }
  }
  for (const p of e.payments)
    addFact(
      facts,
      'fact_payment_days',
      { ...at, method: p.method },
      { refund_count: 1, refund_cents: p.amountCents },
    );
  if (e.memberId)
    addFact(facts, 'fact_member_days', { ...at, member_id: e.memberId }, { refund_cents: e.amountCents });
}

export interface RechargeEvent {
  day: string;
  storeId: string;
  memberId: string;
  principalCents: number;
  bonusCents: number;
}

/** Money in: the principal paid (the bonus kept beside it), at the store and for the member. */
export function addRecharge(facts: Facts, e: RechargeEvent): void {
  addFact(
    facts,
    'fact_store_days',
    { day: e.day, store_id: e.storeId },
    { recharge_count: 1, recharge_cents: e.principalCents, recharge_bonus_cents: e.bonusCents },
  );
  addFact(
    facts,
    'fact_member_days',
    { day: e.day, store_id: e.storeId, member_id: e.memberId },
    { recharge_cents: e.principalCents },
  );
}

/** A recharge refund: the principal paid back, on the refund's day, at the recharge's store. */
export function addRechargeRefund(facts: Facts, e: { day: string; storeId: string; principalCents: number }) {
  addFact(
    facts,
    'fact_store_days',
    { day: e.day, store_id: e.storeId },
    { recharge_refund_count: 1, recharge_refund_cents: e.principalCents },
  );
}

/** A member registered here (not brought over by a history import), at their home store or ''. */
export function addNewMember(facts: Facts, e: { day: string; homeStoreId: string | null }): void {
  addFact(facts, 'fact_store_days', { day: e.day, store_id: e.homeStoreId ?? '' }, { new_members: 1 });
}

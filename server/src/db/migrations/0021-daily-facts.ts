import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration, tenantTable } from './helpers.ts';

const COUNTERS = ['order_count', 'quantity', 'sales_cents', 'cost_cents'] as const;
const REFUNDS = ['refund_quantity', 'refund_cents', 'refund_cost_cents'] as const;

/**
 * Daily facts: what the sales reports and the dashboard read instead of raw order lines. Each row
 * is a set of additive counters for one tenant × local day (the tenant's zone, YYYY-MM-DD) × store
 * × one dimension, grown by upserts in the transaction of the sale, refund, recharge or
 * registration, and recomputed from the raw rows by `cli facts rebuild`. No foreign keys: facts
 * are derived rows, bulk-rebuilt, and name keys ('' for "none") the source tables hold as null.
 */
export const dailyFacts: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    // SQLite keeps each fact table in its key order (tenant, day, store, …), so a report's day range
    // is one contiguous read of the rows themselves, not an index walk with a lookup per row.
    const clustered = dialect === 'sqlite' ? sql`without rowid` : sql``;
    const counters = <T extends { addColumn: (...a: never[]) => T }>(table: T, cols: readonly string[]) =>
      cols.reduce(
        (tb, c) =>
          (tb.addColumn as (n: string, ty: 'bigint', b: (c: any) => any) => T)(c, 'bigint', (col) =>
            col.notNull().defaultTo(0),
          ),
        table,
      );

    // store_id is text: new members without a home store count under '' (seen only tenant-wide).
    await counters(
      tenantTable(db, dialect, 'fact_store_days')
        .addColumn('day', 'text', (col) => col.notNull())
        .addColumn('store_id', 'text', (col) => col.notNull()),
      [
        ...COUNTERS,
        'refund_count',
        ...REFUNDS,
        'recharge_count',
        'recharge_cents',
        'recharge_bonus_cents',
        'recharge_refund_count',
        'recharge_refund_cents',
        'new_members',
      ],
    )
      .addPrimaryKeyConstraint('fact_store_days_pk', ['tenant_id', 'day', 'store_id'])
      .modifyEnd(clustered)
      .execute();

    // The category and kind the line had when it was sold, so a product moved later stays put.
    await counters(
      tenantTable(db, dialect, 'fact_product_days')
        .addColumn('day', 'text', (col) => col.notNull())
        .addColumn('store_id', t.id, (col) => col.notNull())
        .addColumn('product_id', t.id, (col) => col.notNull())
        .addColumn('category_key', 'text', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull()),
      // category_order_count: 1 on the first line of each category in an order, so a sum by category
      // counts each order once however many of its products share the category.
      [...COUNTERS, 'category_order_count', ...REFUNDS],
    )
      .addPrimaryKeyConstraint('fact_product_days_pk', [
        'tenant_id',
        'day',
        'store_id',
        'product_id',
        'category_key',
        'kind',
      ])
      .modifyEnd(clustered)
      .execute();

    // staff_key: the staff user id, or '' for lines nobody was credited on.
    await counters(
      tenantTable(db, dialect, 'fact_staff_days')
        .addColumn('day', 'text', (col) => col.notNull())
        .addColumn('store_id', t.id, (col) => col.notNull())
        .addColumn('staff_key', 'text', (col) => col.notNull()),
      [...COUNTERS, ...REFUNDS],
    )
      .addPrimaryKeyConstraint('fact_staff_days_pk', ['tenant_id', 'day', 'store_id', 'staff_key'])
      .modifyEnd(clustered)
      .execute();

    await counters(
      tenantTable(db, dialect, 'fact_payment_days')
        .addColumn('day', 'text', (col) => col.notNull())
        .addColumn('store_id', t.id, (col) => col.notNull())
        .addColumn('method', 'text', (col) => col.notNull()),
      ['order_count', 'payment_count', 'paid_cents', 'refund_count', 'refund_cents'],
    )
      .addPrimaryKeyConstraint('fact_payment_days_pk', ['tenant_id', 'day', 'store_id', 'method'])
      .modifyEnd(clustered)
      .execute();

    await counters(
      tenantTable(db, dialect, 'fact_member_days')
        .addColumn('day', 'text', (col) => col.notNull())
        .addColumn('store_id', t.id, (col) => col.notNull())
        .addColumn('member_id', t.id, (col) => col.notNull()),
      ['order_count', 'sales_cents', 'refund_cents', 'recharge_cents'],
    )
      .addPrimaryKeyConstraint('fact_member_days_pk', ['tenant_id', 'day', 'store_id', 'member_id'])
      .modifyEnd(clustered)
      .execute();
    // Active members (distinct buyers of a period) read this index alone.
    await db.schema
      .createIndex('fact_member_days_buyers_idx')
      .on('fact_member_days')
      .columns(['tenant_id', 'day', 'store_id', 'member_id'])
      .where(sql.ref('order_count'), '>', sql.lit(0))
      .execute();
    if (dialect === 'postgres') {
      // Top items read quantity and sales from the index alone (PostgreSQL keeps rows in a heap).
      await sql`create index fact_product_days_sales_idx on fact_product_days (tenant_id, day, store_id, product_id) include (quantity, sales_cents)`.execute(
        db,
      );
    }
    await db.schema
      .createIndex('fact_member_days_member_idx')
      .on('fact_member_days')
      .columns(['tenant_id', 'member_id', 'day'])
      .execute();
  },
};

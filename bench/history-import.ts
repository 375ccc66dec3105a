import { readFileSync } from 'node:fs';
import { withBulkSync } from '../server/src/modules/history/bulk-sync.ts';
import {
  HISTORY_PRESETS,
  type HistoryRow,
  historyRowValidator,
} from '../server/src/modules/history/history-row.ts';
import { importHistoryFile } from '../server/src/modules/history/import-history-file.ts';
import { openTable } from '../server/src/modules/imports/read-table.ts';
import { createTenant } from '../server/src/modules/tenancy/create-tenant.ts';
import { systemCtx } from '../server/src/shared/context.ts';
import { uuidv7 } from '../server/src/shared/ids.ts';
import type { BenchResult } from './run.ts';
import { benchDatabase } from './setup.ts';

const FILE = process.env.HISTORY_FILE ?? '/work/shared/data/online-retail.csv.gz';
const ZONE = 'Europe/London';

type Value = string | number | null;
interface Batch {
  members: Value[][];
  products: Value[][];
  orders: Value[][];
  lines: Value[][];
}

const COLUMNS = {
  members:
    'tenant_id, id, name, name_pinyin, name_initials, phone, phone_last4, card_no, qr_token, gender, birthday, birthday_calendar, email, home_store_id, referrer_id, level_id, tags, custom_fields, notes, sms_consent, email_consent, status, cumulative_spend_cents, recharge_total_cents, points_earned_total, created_at, updated_at, member_ref',
  products:
    'tenant_id, id, kind, sku, name, name_initials, category_id, unit, price_cents, member_price_cents, cost_cents, track_stock, level_discount, duration_minutes, card_product_id, low_stock_threshold, status, created_at, updated_at',
  history_orders:
    'tenant_id, id, invoice_no, kind, member_id, occurred_at, country, import_job_id, created_at',
  history_order_lines: 'tenant_id, order_id, line_no, product_id, qty, unit_price_cents, total_cents',
} as const;

/**
 * The rows the import would write, batch by batch (500 file rows each), computed before the clock
 * starts: the raw driver then only inserts them, as the least any importer must do.
 */
async function plannedBatches(content: Buffer, tenantId: string): Promise<Batch[]> {
  const mapping = HISTORY_PRESETS['online-retail']!;
  const table = await openTable(content, 'csv');
  const col = new Map(Object.entries(mapping).map(([f, h]) => [f, table.headers.indexOf(h)]));
  const validate = historyRowValidator(ZONE);
  const at = new Date().toISOString();
  const members = new Map<string, string>();
  const products = new Map<string, string>();
  const orders = new Map<string, string>();
  const batches: Batch[] = [];
  let chunk: HistoryRow[] = [];
  const flush = () => {
    const b: Batch = { members: [], products: [], orders: [], lines: [] };
    for (const r of chunk) {
      if (r.customerRef && !members.has(r.customerRef)) {
        const id = uuidv7();
        members.set(r.customerRef, id);
        const name = `顾客${r.customerRef}`;
        b.members.push([
          tenantId,
          id,
          name,
          `guke${r.customerRef}`,
          'gk',
          null,
          null,
          null,
          uuidv7(),
          'unknown',
          null,
          'solar',
          null,
          null,
          null,
          null,
          '[]',
          JSON.stringify({ country: r.country }),
          '',
          0,
          0,
          'active',
          0,
          0,
          0,
          at,
          at,
          r.customerRef,
        ]);
      }
      if (!products.has(r.sku)) {
        const id = uuidv7();
        products.set(r.sku, id);
        b.products.push([
          tenantId,
          id,
          'goods',
          r.sku,
          r.name,
          '',
          null,
          '件',
          Math.abs(r.unitPriceCents),
          null,
          0,
          0,
          1,
          null,
          null,
          null,
          'archived',
          at,
          at,
        ]);
      }
      if (!orders.has(r.invoiceNo)) {
        const id = uuidv7();
        orders.set(r.invoiceNo, id);
        b.orders.push([
          tenantId,
          id,
          r.invoiceNo,
          r.kind,
          r.customerRef ? members.get(r.customerRef)! : null,
          r.occurredAt,
          r.country,
          null,
          at,
        ]);
      }
      b.lines.push([
        tenantId,
        orders.get(r.invoiceNo)!,
        r.lineNo,
        products.get(r.sku)!,
        r.qty,
        r.unitPriceCents,
        r.totalCents,
      ]);
    }
    batches.push(b);
    chunk = [];
  };
  let n = 0;
  for await (const cells of table.rows) {
    const row = validate((field) => cells[col.get(field) ?? -1] ?? '');
    if (typeof row !== 'string') chunk.push(row);
    if (++n % 500 === 0) flush();
  }
  flush();
  return batches;
}

/**
 * The Online Retail log (541,909 rows) through `import-history` — streamed from the .csv.gz,
 * validated, 500 rows per transaction with members, products, orders, lines, rejections and
 * progress — beside the raw driver inserting the same members, products, orders and lines in
 * the same batches, on a fresh database of its own.
 */
export async function historyImport(dialect: 'sqlite' | 'postgres'): Promise<BenchResult[]> {
  const content = readFileSync(FILE);
  const total = (await openTable(content, 'csv').then(async (t) => {
    let n = 0;
    for await (const _ of t.rows) n++;
    return n;
  })) as number;

  const product = await benchDatabase(dialect);
  const { tenantId } = await createTenant(
    product.handle.db,
    { code: 'retail', name: 'Online Retail', timezone: ZONE },
    new Date(),
  );
  const ctx = systemCtx(product.handle.db, tenantId, new Date(), 'bench');
  let start = performance.now();
  // As the command line runs it (SQLite: synchronous NORMAL for the run, then a full checkpoint).
  const job = await withBulkSync(product.handle, () =>
    importHistoryFile(ctx, { name: 'online-retail.csv.gz', content }, { preset: 'online-retail' }),
  );
  const productSeconds = (performance.now() - start) / 1000;
  start = performance.now();
  const again = await withBulkSync(product.handle, () =>
    importHistoryFile(ctx, { name: 'online-retail.csv.gz', content }, { preset: 'online-retail' }),
  );
  const rerunSeconds = (performance.now() - start) / 1000;
  await product.drop();

  const raw = await benchDatabase(dialect);
  const rawTenant = (
    await createTenant(raw.handle.db, { code: 'retail', name: 'Online Retail', timezone: ZONE }, new Date())
  ).tenantId;
  const batches = await plannedBatches(content, rawTenant);
  const tables = [
    ['members', 'members'],
    ['products', 'products'],
    ['history_orders', 'orders'],
    ['history_order_lines', 'lines'],
  ] as const;
  start = performance.now();
  if (raw.handle.raw.kind === 'sqlite') {
    const s = raw.handle.raw.sqlite;
    s.pragma('synchronous = NORMAL'); // the same durability as the product's run
    const insert = Object.fromEntries(
      tables.map(([t]) => {
        const cols = COLUMNS[t].split(', ');
        return [t, s.prepare(`insert into ${t} (${COLUMNS[t]}) values (${cols.map(() => '?').join(', ')})`)];
      }),
    );
    const write = s.transaction((b: Batch) => {
      for (const [t, key] of tables) for (const row of b[key]) insert[t]!.run(...row);
    });
    for (const b of batches) write(b);
    s.pragma('wal_checkpoint(FULL)');
  } else {
    const client = await raw.handle.raw.pool.connect();
    try {
      for (const [n, b] of batches.entries()) {
        // The planner statistics refreshed after the same batches as the import does (1st, 4th,
        // 16th, …): without them the foreign-key checks keep the plans of nearly empty tables.
        if (n > 0 && (n & (n - 1)) === 0 && Math.log2(n) % 2 === 0) {
          await client.query('analyze members, products, history_orders, history_order_lines');
        }
        await client.query('begin');
        await client.query('set local synchronous_commit = off'); // as the product's batches
        for (const [t, key] of tables) {
          const rows = b[key];
          if (!rows.length) continue;
          const width = rows[0]!.length;
          const values = rows.map(
            (_, i) => `(${Array.from({ length: width }, (_, k) => `$${i * width + k + 1}`).join(', ')})`,
          );
          await client.query(`insert into ${t} (${COLUMNS[t]}) values ${values.join(', ')}`, rows.flat());
        }
        await client.query('commit');
      }
    } finally {
      client.release();
    }
  }
  const rawSeconds = (performance.now() - start) / 1000;
  await raw.drop();

  return [
    {
      name: 'history-import',
      dialect,
      unit: 's',
      product: productSeconds,
      raw: rawSeconds,
      note: `${total} rows: ${job.importedRows} lines imported, ${job.rejectedRows} rejected; ${Math.round(total / productSeconds)} rows/s (raw inserts ${Math.round(total / rawSeconds)} rows/s)`,
    },
    {
      name: 'history-import re-run',
      dialect,
      unit: 's',
      product: rerunSeconds,
      raw: rawSeconds,
      note: `${again.importedRows} added, ${again.skippedRows} already there; ${Math.round(total / rerunSeconds)} rows/s`,
    },
  ];
}

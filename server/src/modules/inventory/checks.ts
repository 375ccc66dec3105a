import { sql } from 'kysely';
import type { DatabaseHandle } from '../../db/connection.ts';
import { parseSettings } from '../tenancy/settings.ts';

/** The stock invariants `cli check` proves (listed in ops/check.ts). */
export const INVENTORY_CHECKS: { name: string; run(handle: DatabaseHandle): Promise<string[]> }[] = [
  {
    name: 'stock: every level equals the sum of its ledger (units and value)',
    async run({ db }) {
      const rows = await db
        .selectFrom('stock_levels as s')
        .leftJoin(
          (eb) =>
            eb
              .selectFrom('stock_ledger')
              .select((e) => [
                'tenant_id',
                'store_id',
                'product_id',
                e.fn.sum<number>('qty_delta').as('qty'),
                e.fn.sum<number>('value_delta_cents').as('value'),
              ])
              .groupBy(['tenant_id', 'store_id', 'product_id'])
              .as('l'),
          (j) =>
            j
              .onRef('l.tenant_id', '=', 's.tenant_id')
              .onRef('l.store_id', '=', 's.store_id')
              .onRef('l.product_id', '=', 's.product_id'),
        )
        .select(['s.store_id', 's.product_id', 's.on_hand', 's.value_cents', 'l.qty', 'l.value'])
        .where((eb) =>
          eb.or([
            eb('s.on_hand', '!=', eb.fn.coalesce('l.qty', sql<number>`0`)),
            eb('s.value_cents', '!=', eb.fn.coalesce('l.value', sql<number>`0`)),
          ]),
        )
        .limit(20)
        .execute();
      return rows.map(
        (r) =>
          `store ${r.store_id} product ${r.product_id}: ${r.on_hand} units ${r.value_cents} fen, ledger ${Number(r.qty ?? 0)} units ${Number(r.value ?? 0)} fen`,
      );
    },
  },
  {
    name: 'stock: no level below zero unless the tenant allows negative stock',
    async run({ db }) {
      const rows = await db
        .selectFrom('stock_levels as s')
        .innerJoin('tenants as t', 't.tenant_id', 's.tenant_id')
        .select(['t.code', 't.settings', 's.store_id', 's.product_id', 's.on_hand', 's.value_cents'])
        .where((eb) =>
          eb.or([eb('s.on_hand', '<', 0), eb.and([eb('s.on_hand', '>=', 0), eb('s.value_cents', '<', 0)])]),
        )
        .limit(200)
        .execute();
      return rows
        .filter((r) => !parseSettings(r.settings).allowNegativeStock)
        .slice(0, 20)
        .map(
          (r) =>
            `tenant ${r.code} store ${r.store_id} product ${r.product_id}: ${r.on_hand} units ${r.value_cents} fen`,
        );
    },
  },
  {
    name: 'stock: value in transit equals the lines of transfers in transit',
    async run({ db }) {
      // Per transfer, its ledger rows sum to minus its lines while in transit, and to zero once
      // received or cancelled (what left came back in, at the same value, somewhere).
      const ledger = await db
        .selectFrom('stock_ledger')
        .select((e) => [
          'tenant_id',
          'ref_id',
          e.fn.sum<number>('qty_delta').as('qty'),
          e.fn.sum<number>('value_delta_cents').as('value'),
        ])
        .where('ref_type', '=', 'stock_transfer')
        .groupBy(['tenant_id', 'ref_id'])
        .execute();
      const lines = await db
        .selectFrom('stock_transfers as t')
        .leftJoin('stock_transfer_lines as l', (j) =>
          j.onRef('l.tenant_id', '=', 't.tenant_id').onRef('l.transfer_id', '=', 't.id'),
        )
        .select((e) => [
          't.tenant_id',
          't.id',
          't.status',
          e.fn.sum<number>('l.qty').as('qty'),
          e.fn.sum<number>('l.value_cents').as('value'),
        ])
        .groupBy(['t.tenant_id', 't.id', 't.status'])
        .execute();
      const moved = new Map(ledger.map((r) => [`${r.tenant_id}/${r.ref_id}`, r]));
      const problems: string[] = [];
      for (const t of lines) {
        const m = moved.get(`${t.tenant_id}/${t.id}`);
        const inTransit = t.status === 'in_transit';
        const wantQty = inTransit ? -Number(t.qty ?? 0) : 0;
        const wantValue = inTransit ? -Number(t.value ?? 0) : 0;
        if (Number(m?.qty ?? 0) !== wantQty || Number(m?.value ?? 0) !== wantValue)
          problems.push(
            `transfer ${t.id} (${t.status}): ledger ${Number(m?.qty ?? 0)} units ${Number(m?.value ?? 0)} fen, expected ${wantQty} units ${wantValue} fen`,
          );
        moved.delete(`${t.tenant_id}/${t.id}`);
      }
      for (const key of moved.keys()) problems.push(`ledger rows point at a missing transfer ${key}`);
      return problems.slice(0, 20);
    },
  },
];

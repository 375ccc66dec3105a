import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { columnTypes, type Migration } from './helpers.ts';

/**
 * Manual adjustments of points and of card sessions join stored value in one approval queue. The
 * value column is what the approval threshold compares: fen for stored value, the redemption value
 * of points, the price share of sessions.
 */
export const adjustmentKinds: Migration = {
  async up(db: Kysely<unknown>, dialect: DialectName) {
    const t = columnTypes(dialect);
    const alter = () => db.schema.alterTable('adjustment_requests');
    await alter()
      .addColumn('points_delta', 'bigint', (col) => col.notNull().defaultTo(0))
      .execute();
    await alter()
      .addColumn('sessions_delta', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    await alter()
      .addColumn('value_cents', 'bigint', (col) => col.notNull().defaultTo(0))
      .execute();
    await alter().addColumn('member_card_id', t.id).execute();
    await alter().addColumn('item_code', 'text').execute();
  },
};

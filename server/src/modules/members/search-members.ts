import { type ExpressionBuilder, type RawBuilder, sql } from 'kysely';
import { prefixRange } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { requirePermission } from '../auth/permissions.ts';
import { memberStoreScope } from './access.ts';
import { type MemberView, toMemberView } from './members.ts';

export interface MemberSearch {
  q?: string;
  status?: 'active' | 'frozen' | 'erased';
  cursor?: string;
  limit?: number;
}

export type MatchKind = 'exact' | 'last4' | 'name' | 'prefix' | 'list';
export type MemberHit = MemberView & { match: MatchKind };

type Eb = ExpressionBuilder<DB, 'members'>;
interface Clause {
  rank: number;
  match: MatchKind;
  where: (eb: Eb) => ReturnType<Eb['and']>;
}

/**
 * What one search box means, decided from the shape of what was typed: a full phone or card
 * number or QR token is an exact hit; four digits are the phone's last four (or a short card
 * number); letters are pinyin initials or full pinyin; anything else is the name.
 */
function clausesFor(raw: string): Clause[] {
  const q = raw.trim().replace(/\s+/g, '');
  const lower = q.toLowerCase();
  // Only a full number may carry the country code: "8612" is the last four digits, not "+86 12".
  const digits = /^(\+?86|0086)1\d{10}$/.test(q) ? q.replace(/^(\+?86|0086)/, '') : q;
  if (/^\d+$/.test(digits) && digits.length >= 3) {
    const out: Clause[] = [{ rank: 0, match: 'exact', where: (eb) => eb.and([eb('card_no', '=', q)]) }];
    if (digits.length === 11)
      out.push({ rank: 0, match: 'exact', where: (eb) => eb.and([eb('phone', '=', digits)]) });
    else if (digits.length === 4)
      out.push({ rank: 1, match: 'last4', where: (eb) => eb.and([eb('phone_last4', '=', digits)]) });
    else if (digits.length > 4)
      out.push({ rank: 2, match: 'prefix', where: (eb) => eb.and([prefixRange('phone', digits)]) });
    return out;
  }
  if (/^M[\w-]{20}$/.test(q))
    return [{ rank: 0, match: 'exact', where: (eb) => eb.and([eb('qr_token', '=', q)]) }];
  if (/^[a-z]+$/.test(lower)) {
    return [
      {
        rank: 1,
        match: 'name',
        where: (eb) => eb.or([eb('name_initials', '=', lower), eb('name_pinyin', '=', lower)]) as never,
      },
      {
        rank: 2,
        match: 'prefix',
        where: (eb) =>
          eb.or([prefixRange('name_initials', lower), prefixRange('name_pinyin', lower)]) as never,
      },
      { rank: 1, match: 'exact', where: (eb) => eb.and([eb('card_no', '=', q)]) },
    ];
  }
  return [
    { rank: 1, match: 'name', where: (eb) => eb.and([eb('name', '=', q)]) },
    { rank: 2, match: 'prefix', where: (eb) => eb.and([prefixRange('name', q)]) },
    { rank: 0, match: 'exact', where: (eb) => eb.and([eb('card_no', '=', q)]) },
  ];
}

/**
 * Ranked, cursor-paginated member search bounded by the actor's store scope. One query: the
 * clauses are OR-ed (each an indexed lookup) and a CASE gives each member its best rank; the
 * cursor is (rank, id).
 */
export async function searchMembers(ctx: Ctx, search: MemberSearch): Promise<Page<MemberHit>> {
  requirePermission(ctx.actor, 'members.read');
  const limit = Math.min(search.limit ?? 20, 100);
  const scope = await memberStoreScope(ctx);
  const after = search.cursor ? decodeCursor<{ rank: number; id: string }>(search.cursor) : null;
  const clauses = (search.q?.trim() ? clausesFor(search.q) : []).sort((a, b) => a.rank - b.rank);

  const rankOf = (eb: Eb): RawBuilder<number> => {
    if (clauses.length === 0) return sql<number>`3`;
    const whens = clauses.map((c) => sql`when ${c.where(eb)} then ${sql.lit(c.rank)}`);
    return sql<number>`case ${sql.join(whens, sql` `)} else 9 end`;
  };
  let q = ctx.db
    .selectFrom('members')
    .selectAll()
    .select((eb) => rankOf(eb).as('rank'))
    .where('tenant_id', '=', ctx.tenantId);
  if (clauses.length) q = q.where((eb) => eb.or(clauses.map((c) => c.where(eb))));
  q = search.status ? q.where('status', '=', search.status) : q.where('status', '!=', 'erased');
  if (scope !== 'all')
    q = scope.length ? q.where('home_store_id', 'in', scope) : q.where(sql<boolean>`1 = 0`);
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb(rankOf(eb), '>', after.rank),
        eb.and([eb(rankOf(eb), '=', after.rank), eb('id', '>', after.id)]),
      ]),
    );
  }
  const rows = await q
    .orderBy('rank')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const matchOf = (rank: number): MatchKind =>
    clauses.length === 0 ? 'list' : (clauses.find((c) => c.rank === Number(rank))?.match ?? 'prefix');
  const items = page.map((row) => ({ ...toMemberView(row, ctx.actor), match: matchOf(row.rank) }));
  const last = page.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ rank: Number(last.rank), id: last.id }) : null,
  };
}
